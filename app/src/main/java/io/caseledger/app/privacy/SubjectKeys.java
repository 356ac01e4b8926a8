package io.caseledger.app.privacy;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One key per client (per case), kept apart from the events it protects (see {@link SecretStores}).
 * Destroying a key leaves a tombstone, so a later event can never quietly get a new key and so the
 * erasure itself is on record. Keys are cached in memory; a destroyed key leaves the cache at once on
 * this node (a multi-node deployment must also broadcast the erasure; see docs/privacy.md). Keys are
 * destroyed by {@link KeyDestruction} as the erasure event is published.
 */
@Component
public class SubjectKeys {

    static final int KEY_BYTES = 64;

    private final SecretStore store;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    SubjectKeys(@Qualifier("subjectKeyStore") SecretStore store) {
        this.store = store;
    }

    /** The subject's key, if it exists and was not destroyed. */
    public Optional<byte[]> find(String subject) {
        byte[] cached = cache.get(subject);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<byte[]> stored = store.read(subject).map(SecretStore.Stored::value);
        stored.ifPresent(key -> cache.put(subject, key));
        return stored;
    }

    /** The subject's key, created on first use; refused once the subject's data was erased. */
    public byte[] forSealing(String subject) {
        return find(subject).orElseGet(() -> create(subject));
    }

    private byte[] create(String subject) {
        byte[] fresh = new byte[KEY_BYTES];
        random.nextBytes(fresh);
        SecretStore.Stored stored = store.createIfAbsent(subject, fresh);
        if (stored.destroyed()) {
            throw new IllegalStateException("the subject's personal data was erased; nothing new may be sealed for it");
        }
        cache.put(subject, stored.value());
        return stored.value();
    }

    /** Destroys the key for good (idempotent). */
    public void destroy(String subject) {
        store.destroy(subject);
        cache.remove(subject);
    }

    public boolean isDestroyed(String subject) {
        return store.read(subject).map(SecretStore.Stored::destroyed).orElse(false);
    }
}
