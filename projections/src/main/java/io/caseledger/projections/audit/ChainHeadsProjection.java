package io.caseledger.projections.audit;

import io.caseledger.projections.storage.VersionGuard;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Keeps, per chained stream (each case and each community resource), the sequence and hash of its
 * latest event (stamped on the event's metadata when it was appended). The digest endpoint verifies
 * each of these streams against the store and publishes their heads.
 */
@Component
@ProcessingGroup("chain-heads")
public class ChainHeadsProjection {

    public static final String COLLECTION = "chain_heads";
    public static final String SEQUENCE = "sequence";
    public static final String HASH = "hash";

    private final MongoCollection<Document> heads;

    public ChainHeadsProjection(MongoDatabase database) {
        this.heads = database.getCollection(COLLECTION);
    }

    @EventHandler
    void on(Object payload, DomainEventMessage<?> event) {
        Object hash = event.getMetaData().get(HASH);
        if (hash == null) {
            return;
        }
        long sequence = event.getSequenceNumber();
        // Only move forward: a replayed or re-delivered older event never moves the head back.
        VersionGuard.apply(heads, event.getAggregateIdentifier(), SEQUENCE, sequence, Updates.set(HASH, hash));
        heads.updateOne(Filters.eq("_id", event.getAggregateIdentifier()),
                Updates.combine(Updates.setOnInsert(SEQUENCE, sequence), Updates.setOnInsert(HASH, hash)),
                new UpdateOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        heads.deleteMany(new Document());
    }
}
