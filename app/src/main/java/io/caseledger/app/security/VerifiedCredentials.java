package io.caseledger.app.security;

import io.caseledger.app.support.RecentlyUsed;
import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

/**
 * HTTP Basic sends the password with every request, and checking a BCrypt hash is deliberately
 * expensive: alone it capped the server's requests per second (docs/benchmarks.md). So a successful check is
 * remembered for a short time ({@code ttl}) as an HMAC, under a key that exists only in this
 * process, of the stored hash and the password: no password is kept, a changed password (a new
 * hash) matches nothing remembered, and every failed attempt still pays the full BCrypt cost (so
 * the login throttle and guessing costs are unchanged).
 */
final class VerifiedCredentials implements PasswordEncoder {

    private static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder delegate;
    private final Duration ttl;
    private final Clock clock;
    private final byte[] key = new byte[32];
    private final Map<String, Instant> verified = RecentlyUsed.map(MAX_ENTRIES);

    VerifiedCredentials(PasswordEncoder delegate, Duration ttl, Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (ttl.isZero() || rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String credential = fingerprint(rawPassword, encodedPassword);
        Instant now = clock.instant();
        Instant until = verified.get(credential);
        if (until != null && now.isBefore(until)) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            verified.put(credential, now.plus(ttl));
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private String fingerprint(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every JVM", e);
        }
    }
}
