package io.caseledger.app.reporting;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Stable pseudonyms for cases in the reporting feed: HMAC-SHA-256 of the case id under a secret kept
 * in MongoDB (created once per installation), so reports can count per case without being able to
 * look a case up in the record.
 */
@Component
class Pseudonyms {

    private final byte[] key;

    Pseudonyms(MongoDatabase database) {
        MongoCollection<Document> settings = database.getCollection("settings");
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        // Whoever inserts first wins; everyone then reads the same key.
        settings.updateOne(Filters.eq("_id", "feed-pseudonym-key"), Updates.setOnInsert("key", new Binary(fresh)),
                new UpdateOptions().upsert(true));
        this.key = settings.find(Filters.eq("_id", "feed-pseudonym-key")).first().get("key", Binary.class).getData();
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
