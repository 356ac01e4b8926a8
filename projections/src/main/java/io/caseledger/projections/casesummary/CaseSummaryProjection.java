package io.caseledger.projections.casesummary;

import io.caseledger.projections.Projection;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import io.caseledger.domain.erasure.PersonalDataErased;
import io.caseledger.domain.shared.StreamType;
import io.caseledger.projections.storage.BatchedCollection;
import io.caseledger.projections.storage.Deferred;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import io.caseledger.domain.summary.CaseSummary;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.caseledger.projections.casesummary.CaseSummaryDocument.*;

/**
 * Keeps each case's summary (the same {@link CaseSummary} fold the live and point-in-time views use)
 * as a document. Recently touched summaries stay in memory, so an event costs one fold step and one
 * write; on a cache miss, a re-delivery or an erasure, the summary is re-folded from the event store
 * up to the event at hand, so the document is always exactly the fold of the case's first n events.
 */
@Component
@Projection
@ProcessingGroup(CaseSummaryProjection.PROCESSING_GROUP)
public class CaseSummaryProjection {

    public static final String PROCESSING_GROUP = "case-summary";
    private static final int CACHED = 2_000;

    private final BatchedCollection documents;
    private final EventStore eventStore;
    private final ObjectMapper json;
    private final Map<String, CaseSummary> recent = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CaseSummary> eldest) {
            return size() > CACHED;
        }
    });

    public CaseSummaryProjection(MongoDatabase database, EventStore eventStore,
                                 @Qualifier("defaultAxonObjectMapper") ObjectMapper json) {
        this.documents = BatchedCollection.keyedByAggregate(database.getCollection(COLLECTION), VERSION);
        this.eventStore = eventStore;
        this.json = json;
    }

    @EventHandler
    void on(Object payload, DomainEventMessage<?> event) {
        if (!StreamType.CASE.equals(event.getType())) {
            return;
        }
        String caseId = event.getAggregateIdentifier();
        long sequence = event.getSequenceNumber();
        forgetIfRolledBack();
        CaseSummary summary = recent.get(caseId);
        if (summary != null && summary.getLastSequence() >= sequence) {
            return;
        }
        if (summary != null && summary.getLastSequence() == sequence - 1 && !(payload instanceof PersonalDataErased)) {
            summary.apply(payload, sequence, event.getTimestamp(), event.getIdentifier());
        } else {
            if (storedVersion(caseId) >= sequence) {
                return;
            }
            if (sequence == 0 && !(payload instanceof PersonalDataErased)) {
                // A case's first event has no history to read: a rebuild meets one per case, and reading
                // the store for each would cost a query per case for nothing.
                summary = new CaseSummary();
                summary.apply(payload, sequence, event.getTimestamp(), event.getIdentifier());
            } else {
                // An erasure re-folds: the events now read with their personal fields erased.
                summary = refold(caseId, sequence);
            }
        }
        recent.put(caseId, summary);
        write(caseId, sequence, summary);
    }

    /** The batch is written when it ends: if it is rolled back instead, the summaries kept here are ahead of the store. */
    private void forgetIfRolledBack() {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().getOrComputeResource(CaseSummaryProjection.class.getName(), key -> {
                CurrentUnitOfWork.get().root().onRollback(u -> recent.clear());
                return Boolean.TRUE;
            });
        }
    }

    @ResetHandler
    void reset() {
        recent.clear();
        documents.collection().deleteMany(new Document());
    }

    private long storedVersion(String caseId) {
        Document stored = documents.read(caseId);
        return stored == null ? -1 : stored.getLong(VERSION);
    }

    private CaseSummary refold(String caseId, long upTo) {
        CaseSummary summary = new CaseSummary();
        eventStore.readEvents(caseId, 0).asStream()
                .takeWhile(e -> e.getSequenceNumber() <= upTo)
                .forEach(e -> summary.apply(e.getPayload(), e.getSequenceNumber(), e.getTimestamp(), e.getIdentifier()));
        return summary;
    }

    /** The summary is converted to a document once per batch (the last fold wins), not once per event. */
    private void write(String caseId, long sequence, CaseSummary summary) {
        documents.apply(caseId, sequence, document -> document
                .append(CASE_MANAGER, summary.getCaseManagerId())
                .append(INTAKE_TEAM, summary.getIntakeTeam())
                .append(SUMMARY, Deferred.of(() -> toDocument(summary))));
    }

    private Document toDocument(CaseSummary summary) {
        try {
            return Document.parse(json.writeValueAsString(summary));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a case summary could not be written as JSON", e);
        }
    }
}
