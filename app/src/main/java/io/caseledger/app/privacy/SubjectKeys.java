package io.caseledger.app.privacy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One key per client (per case), kept in the {@code subject_keys} collection, apart from the events
 * it protects. Destroying a key leaves a tombstone, so a later event can never quietly get a new key
 * and so the erasure itself is on record. Keys are cached in memory; a destroyed key leaves the cache
 * at once on this node (a multi-node deployment must also broadcast the erasure; see docs/privacy.md).
 * Keys are destroyed by {@link KeyDestruction} as the erasure event is published.
 */
@Component
public class SubjectKeys {

    static final String COLLECTION = "subject_keys";
    static final int KEY_BYTES = 64;
    private static final String KEY = "key";
    private static final String DESTROYED_AT = "destroyedAt";

    private final MongoCollection<Document> keys;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    SubjectKeys(MongoDatabase database) {
        this.keys = database.getCollection(COLLECTION);
    }

    /** The subject's key, if it exists and was not destroyed. */
    public Optional<byte[]> find(String subject) {
        byte[] cached = cache.get(subject);
        if (cached != null) {
            return Optional.of(cached);
        }
        Document stored = keys.find(Filters.eq("_id", subject)).first();
        if (stored == null || stored.get(KEY) == null) {
            return Optional.empty();
        }
        byte[] key = stored.get(KEY, Binary.class).getData();
        cache.put(subject, key);
        return Optional.of(key);
    }

    /** The subject's key, created on first use; refused once the subject's data was erased. */
    public byte[] forSealing(String subject) {
        return find(subject).orElseGet(() -> create(subject));
    }

    private synchronized byte[] create(String subject) {
        Document existing = keys.find(Filters.eq("_id", subject)).first();
        if (existing != null && existing.get(DESTROYED_AT) != null) {
            throw new IllegalStateException("the subject's personal data was erased; nothing new may be sealed for it");
        }
        if (existing != null) {
            return find(subject).orElseThrow();
        }
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        keys.replaceOne(Filters.eq("_id", subject), new Document("_id", subject).append(KEY, new Binary(key))
                .append("createdAt", new Date()), new ReplaceOptions().upsert(true));
        cache.put(subject, key);
        return key;
    }

    /** Destroys the key for good (idempotent). */
    public void destroy(String subject) {
        keys.updateOne(Filters.eq("_id", subject), Updates.combine(Updates.unset(KEY), Updates.set(DESTROYED_AT, new Date())),
                new com.mongodb.client.model.UpdateOptions().upsert(true));
        cache.remove(subject);
    }

    public boolean isDestroyed(String subject) {
        Document stored = keys.find(Filters.eq("_id", subject)).first();
        return stored != null && stored.get(DESTROYED_AT) != null;
    }
}
