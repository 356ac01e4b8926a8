package io.caseledger.app.privacy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;

import java.util.Date;
import java.util.Optional;

/** Secrets as documents of one collection: {@code {_id: name, key: binary, createdAt, destroyedAt}}. */
final class MongoSecretStore implements SecretStore {

    private final MongoCollection<Document> secrets;

    MongoSecretStore(MongoDatabase database, String collection) {
        this.secrets = database.getCollection(collection);
    }

    @Override
    public Optional<Stored> read(String name) {
        Document stored = secrets.find(Filters.eq("_id", name)).first();
        if (stored == null) {
            return Optional.empty();
        }
        Binary key = stored.get("destroyedAt") == null ? stored.get("key", Binary.class) : null;
        return Optional.of(new Stored(key == null ? null : key.getData()));
    }

    @Override
    public Stored createIfAbsent(String name, byte[] fresh) {
        secrets.updateOne(Filters.eq("_id", name),
                Updates.combine(Updates.setOnInsert("key", new Binary(fresh)), Updates.setOnInsert("createdAt", new Date())),
                new UpdateOptions().upsert(true));
        return read(name).orElseThrow();
    }

    @Override
    public void destroy(String name) {
        secrets.updateOne(Filters.eq("_id", name), Updates.combine(Updates.unset("key"), Updates.set("destroyedAt", new Date())),
                new UpdateOptions().upsert(true));
    }
}
