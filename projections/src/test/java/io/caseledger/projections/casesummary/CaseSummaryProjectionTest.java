package io.caseledger.projections.casesummary;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoCollection;
import io.caseledger.projections.InMemoryMongo;
import io.caseledger.domain.contact.CaseNoteWritten;
import io.caseledger.domain.enrolment.ClientEnrolled;
import io.caseledger.domain.enrolment.InsuranceStatus;
import io.caseledger.domain.enrolment.PersonalDetails;
import io.caseledger.domain.assignment.CaseTransferred;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Events in, documents out: the stored summary is the fold of the case's events so far, whatever the cache knows. */
class CaseSummaryProjectionTest {

    private final InMemoryMongo mongo = new InMemoryMongo();
    private MongoCollection<Document> documents;
    private EmbeddedEventStore eventStore;
    private com.mongodb.client.MongoDatabase database;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final List<DomainEventMessage<?>> events = List.of(
            event(0, new ClientEnrolled("c-1", new PersonalDetails("Ada", "Lovelace", LocalDate.of(1980, 1, 1)), "alice", "en",
                    false, InsuranceStatus.INSURED, LocalDate.of(2026, 1, 5))),
            event(1, new CaseNoteWritten("c-1", "n-1", "first note")),
            event(2, new CaseTransferred("c-1", "alice", "bob", "rebalancing")));

    private static DomainEventMessage<?> event(long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Case", "c-1", sequence, payload);
    }

    @BeforeEach
    void start() {
        database = mongo.database();
        documents = database.getCollection(CaseSummaryDocument.COLLECTION);
        eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        eventStore.publish(events);
    }

    @AfterEach
    void stop() {
        eventStore.shutDown();
        mongo.close();
    }

    private CaseSummaryProjection projection() {
        return new CaseSummaryProjection(database, eventStore, json);
    }

    private Document stored() {
        return documents.find(new Document("_id", "c-1")).first();
    }

    @Test
    void each_event_advances_the_stored_summary_and_redelivery_changes_nothing() {
        CaseSummaryProjection projection = projection();
        projection.on(events.get(0).getPayload(), events.get(0));
        projection.on(events.get(1).getPayload(), events.get(1));
        assertThat(stored().getLong(CaseSummaryDocument.VERSION)).isEqualTo(1L);
        assertThat(stored().get(CaseSummaryDocument.SUMMARY, Document.class).getString("clientName")).isEqualTo("Lovelace, Ada");
        Document before = stored();
        projection.on(events.get(0).getPayload(), events.get(0));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void a_projection_without_the_case_in_memory_refolds_from_the_store() {
        projection().on(events.get(0).getPayload(), events.get(0));
        projection().on(events.get(1).getPayload(), events.get(1));
        CaseSummaryProjection fresh = projection();
        fresh.on(events.get(2).getPayload(), events.get(2));
        Document summary = stored().get(CaseSummaryDocument.SUMMARY, Document.class);
        assertThat(stored().getLong(CaseSummaryDocument.VERSION)).isEqualTo(2L);
        assertThat(stored().getString(CaseSummaryDocument.CASE_MANAGER)).isEqualTo("bob");
        assertThat(summary.getString("clientName")).isEqualTo("Lovelace, Ada");
        assertThat(((Number) summary.get("lastSequence")).longValue()).isEqualTo(2L);
    }

    @Test
    void events_of_other_aggregates_are_not_cases() {
        projection().on("resource", new GenericDomainEventMessage<>("CommunityResource", "r-1", 0, "resource"));
        assertThat(documents.countDocuments()).isZero();
    }
}
