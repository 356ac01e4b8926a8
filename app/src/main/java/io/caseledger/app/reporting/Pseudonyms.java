package io.caseledger.app.reporting;

import io.caseledger.app.privacy.SecretStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Stable pseudonyms for cases in the reporting feed: HMAC-SHA-256 of the case id under a secret kept
 * with the installation's secrets (created once per installation), so reports can count per case without being able to
 * look a case up in the record.
 */
@Component
class Pseudonyms {

    private final byte[] key;

    Pseudonyms(@Qualifier("installationSecrets") SecretStore secrets) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        // Whoever inserts first wins; every node then reads the same key.
        this.key = secrets.createIfAbsent("feed-pseudonym-key", fresh).value();
    }

    String of(String caseId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return "p-" + HexFormat.of().formatHex(mac.doFinal(caseId.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every JVM", e);
        }
    }
}
