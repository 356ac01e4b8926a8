package io.caseledger.projections.storage;

import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.model.Projections;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A projection's only way to write its collection. Inside an event processor's unit of work, every
 * event of the batch changes an in-memory copy and the batch is written in one bulk write when it ends
 * ({@link FlushAtBatchEnd}), before the processor stores its token; reads inside the batch are served
 * from the batch. Outside a unit of work (a projection called directly), each call writes at once.
 * <p>
 * Every document carries the sequence number of the last event applied ({@code versionField}); an
 * event at or below the stored version is a re-delivery and changes nothing.
 */
public final class BatchedCollection {

    private final MongoCollection<Document> collection;
    private final String versionField;
    private final String resourceKey;
    private final boolean keyedByAggregate;

    private BatchedCollection(MongoCollection<Document> collection, String versionField, boolean keyedByAggregate) {
        this.collection = collection;
        this.versionField = versionField;
        this.keyedByAggregate = keyedByAggregate;
        this.resourceKey = BatchedCollection.class.getName() + "/" + collection.getNamespace().getFullName();
    }

    public static BatchedCollection of(MongoCollection<Document> collection, String versionField) {
        return new BatchedCollection(collection, versionField, false);
    }

    /**
     * A collection of one document per aggregate ({@code _id} = the events' aggregate id: a case, a resource): a
     * batch reads the documents of all its aggregates in one query when it starts.
     */
    public static BatchedCollection keyedByAggregate(MongoCollection<Document> collection, String versionField) {
        return new BatchedCollection(collection, versionField, true);
    }

    public MongoCollection<Document> collection() {
        return collection;
    }

    /** Applies {@code change} to the document (created with only its {@code _id} if absent) unless the event is not new to it. */
    public boolean apply(Object id, long sequence, Consumer<Document> change) {
        return inBatch(batch -> apply(batch, id, sequence, change));
    }

    /** As {@link #apply}, but only to a document that exists. */
    public boolean applyIfPresent(Object id, long sequence, Consumer<Document> change) {
        return inBatch(batch -> batch.get(id) != null && apply(batch, id, sequence, change));
    }

    private static boolean apply(DocumentBatch batch, Object id, long sequence, Consumer<Document> change) {
        if (!batch.isNew(id, sequence)) {
            return false;
        }
        change.accept(batch.edit(id));
        batch.seen(id, sequence);
        return true;
    }

    /**
     * Applies {@code change} to every document that {@code stored} selects in the collection or that
     * {@code inBatch} selects among those this batch has read or written, unless the event is not new to it.
     * For rare events over several documents (an erasure): the stored ones are found by a query.
     */
    public void applyToEach(Bson stored, Predicate<Document> inBatch, long sequence, Consumer<Document> change) {
        Set<Object> ids = new LinkedHashSet<>();
        collection.find(stored).projection(Projections.include("_id")).forEach(d -> ids.add(d.get("_id")));
        inBatch(batch -> {
            batch.present().forEach((id, d) -> {
                if (inBatch.test(d)) {
                    ids.add(id);
                }
            });
            ids.forEach(id -> {
                if (batch.get(id) != null) {
                    apply(batch, id, sequence, change);
                }
            });
            return null;
        });
    }

    /** The document as this batch sees it, or null. Read only: change it through {@link #apply}. */
    public Document read(Object id) {
        return inBatch(batch -> batch.get(id));
    }

    /** Reads these documents in one query, ahead of the events that will change them. */
    public void prefetch(Collection<?> ids) {
        inBatch(batch -> {
            batch.prefetch(ids);
            return null;
        });
    }

    public void delete(Object id) {
        inBatch(batch -> {
            batch.delete(id);
            return null;
        });
    }

    /** An atomic update of a document in {@code shared}, one several segments write; written before this batch's documents. */
    public void update(MongoCollection<Document> shared, Object id, Bson change) {
        inBatch(batch -> {
            batch.update(shared, id, change);
            return null;
        });
    }

    private <T> T inBatch(Function<DocumentBatch, T> work) {
        if (!CurrentUnitOfWork.isStarted()) {
            DocumentBatch once = new DocumentBatch(collection, versionField);
            T result = work.apply(once);
            once.flush();
            return result;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        DocumentBatch batch = unitOfWork.getResource(resourceKey);
        if (batch == null) {
            batch = new DocumentBatch(collection, versionField);
            unitOfWork.resources().put(resourceKey, batch);
            FlushAtBatchEnd.register(unitOfWork, batch);
            if (keyedByAggregate && unitOfWork instanceof BatchingUnitOfWork<?> batching) {
                batch.prefetch(batching.getMessages().stream().filter(DomainEventMessage.class::isInstance)
                        .map(m -> ((DomainEventMessage<?>) m).getAggregateIdentifier()).toList());
            }
        }
        return work.apply(batch);
    }
}
