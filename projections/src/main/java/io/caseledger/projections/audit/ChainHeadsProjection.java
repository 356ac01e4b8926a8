package io.caseledger.projections.audit;

import io.caseledger.projections.Projection;
import io.caseledger.projections.storage.BatchedCollection;
import com.mongodb.client.MongoDatabase;
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
@Projection
@ProcessingGroup("chain-heads")
public class ChainHeadsProjection {

    public static final String COLLECTION = "chain_heads";
    public static final String SEQUENCE = "sequence";
    public static final String HASH = "hash";

    private final BatchedCollection heads;

    public ChainHeadsProjection(MongoDatabase database) {
        this.heads = BatchedCollection.keyedByAggregate(database.getCollection(COLLECTION), SEQUENCE);
    }

    /** The head moves only forward: a replayed or re-delivered older event never moves it back. */
    @EventHandler
    void on(Object payload, DomainEventMessage<?> event) {
        Object hash = event.getMetaData().get(HASH);
        if (hash != null) {
            heads.apply(event.getAggregateIdentifier(), event.getSequenceNumber(), head -> head.put(HASH, hash));
        }
    }

    @ResetHandler
    void reset() {
        heads.collection().deleteMany(new Document());
    }
}
