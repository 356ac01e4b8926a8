package io.caseledger.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A verified password is not re-hashed for a minute; a wrong one always is; a new hash forgets the old. */
class VerifiedCredentialsTest {

    private final AtomicInteger hashed = new AtomicInteger();
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final PasswordEncoder counting = new PasswordEncoder() {
        public String encode(CharSequence raw) { return bcrypt.encode(raw); }
        public boolean matches(CharSequence raw, String encoded) { hashed.incrementAndGet(); return bcrypt.matches(raw, encoded); }
    };
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final VerifiedCredentials credentials = new VerifiedCredentials(counting, Duration.ofSeconds(60), clock);
    private final String stored = bcrypt.encode("alice-demo");

    @Test
    void a_verified_password_is_answered_from_memory_until_the_ttl_ends() {
        assertThat(credentials.matches("alice-demo", stored)).isTrue();
        assertThat(credentials.matches("alice-demo", stored)).isTrue();
        assertThat(hashed).hasValue(1);
        clock.advance(Duration.ofSeconds(61));
        assertThat(credentials.matches("alice-demo", stored)).isTrue();
        assertThat(hashed).hasValue(2);
    }

    @Test
    void every_wrong_password_pays_the_full_hash() {
        assertThat(credentials.matches("alice-demo", stored)).isTrue();
        assertThat(credentials.matches("guess", stored)).isFalse();
        assertThat(credentials.matches("guess", stored)).isFalse();
        assertThat(hashed).hasValue(3);
    }

    @Test
    void a_changed_password_hash_matches_nothing_remembered() {
        assertThat(credentials.matches("alice-demo", stored)).isTrue();
        assertThat(credentials.matches("alice-demo", bcrypt.encode("new-password"))).isFalse();
        assertThat(hashed).hasValue(2);
    }

    private static final class MutableClock extends java.time.Clock {
        private Instant now;
        MutableClock(Instant now) { this.now = now; }
        void advance(Duration by) { now = now.plus(by); }
        public ZoneOffset getZone() { return ZoneOffset.UTC; }
        public java.time.Clock withZone(java.time.ZoneId zone) { return this; }
        public Instant instant() { return now; }
    }
}
