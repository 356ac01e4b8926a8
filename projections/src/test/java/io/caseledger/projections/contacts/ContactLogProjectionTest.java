package io.caseledger.projections.contacts;

import com.mongodb.client.MongoCollection;
import io.caseledger.projections.InMemoryMongo;
import io.caseledger.domain.contact.ContactMode;
import io.caseledger.domain.contact.ContactOutcome;
import io.caseledger.domain.contact.ContactRecorded;
import io.caseledger.domain.correction.EntryCorrected;
import io.caseledger.domain.correction.EntryMarkedEnteredInError;
import io.caseledger.domain.correction.FieldCorrection;
import io.caseledger.domain.erasure.ErasureBasis;
import io.caseledger.domain.erasure.PersonalDataErased;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Contacts as recorded, then corrected or marked entered in error, through the real driver. */
class ContactLogProjectionTest {

    private static final Instant MONDAY = Instant.parse("2026-11-16T09:00:00Z");

    private final InMemoryMongo mongo = new InMemoryMongo();
    private ContactLogProjection projection;
    private MongoCollection<Document> contacts;

    @BeforeEach
    void start() {
        var database = mongo.database();
        projection = new ContactLogProjection(database);
        contacts = database.getCollection(ContactLogProjection.COLLECTION);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private static ContactRecorded contact(String id, ContactOutcome outcome, Instant at) {
        return new ContactRecorded("c1", id, ContactMode.PHONE, outcome, at, 10, "Talked about housing");
    }

    /** A contact of case c1, by the id of the event that recorded it. */
    private Document doc(String eventId) {
        Document caseContacts = contacts.find(new Document("_id", "c1")).first();
        return caseContacts == null ? null : caseContacts.get(ContactLogProjection.CONTACTS, Document.class).get(eventId, Document.class);
    }

    @Test
    void a_contact_keeps_its_case_time_and_outcome_but_not_its_note() {
        projection.on(contact("k1", ContactOutcome.SUCCESSFUL, MONDAY), "ev-1", 3);
        projection.on(contact("k2", ContactOutcome.ATTEMPTED, MONDAY.plusSeconds(60)), "ev-2", 4);

        Document first = doc("ev-1");
        assertThat(first.getString(ContactLogProjection.EVENT_ID)).isEqualTo("ev-1");
        assertThat(first.getDate(ContactLogProjection.AT).toInstant()).isEqualTo(MONDAY);
        assertThat(first.getBoolean(ContactLogProjection.SUCCESSFUL)).isTrue();
        assertThat(first.getBoolean(ContactLogProjection.ENTERED_IN_ERROR)).isFalse();
        assertThat(first.keySet()).doesNotContain("note", "mode");
        assertThat(doc("ev-2").getBoolean(ContactLogProjection.SUCCESSFUL)).isFalse();
    }

    @Test
    void corrections_of_time_and_outcome_apply_and_survive_re_delivery() {
        projection.on(contact("k1", ContactOutcome.ATTEMPTED, MONDAY), "ev-1", 3);
        projection.on(new EntryCorrected("c1", "ev-1", "ContactRecorded", List.of(
                new FieldCorrection("occurredAt", "2026-11-15T23:00:00Z"), new FieldCorrection("outcome", "SUCCESSFUL"),
                new FieldCorrection("durationMinutes", "20")), "typo"), 5);
        projection.on(contact("k1", ContactOutcome.ATTEMPTED, MONDAY), "ev-1", 3);
        projection.on(new EntryCorrected("c1", "ev-1", "ContactRecorded", List.of(new FieldCorrection("outcome", "not an outcome")), "x"), 6);

        Document corrected = doc("ev-1");
        assertThat(corrected.getDate(ContactLogProjection.AT).toInstant()).isEqualTo(Instant.parse("2026-11-15T23:00:00Z"));
        assertThat(corrected.getBoolean(ContactLogProjection.SUCCESSFUL)).isTrue();
        assertThat(contacts.find(new Document("_id", "c1")).first().getLong(ContactLogProjection.VERSION)).isEqualTo(5);
    }

    @Test
    void entered_in_error_marks_the_contact_and_other_entries_are_ignored() {
        projection.on(contact("k1", ContactOutcome.SUCCESSFUL, MONDAY), "ev-1", 3);
        projection.on(new EntryMarkedEnteredInError("c1", "ev-1", "ContactRecorded", "wrong client"), 4);
        projection.on(new EntryMarkedEnteredInError("c1", "ev-9", "CaseNoteWritten", "wrong client"), 5);
        projection.on(new EntryCorrected("c1", "ev-1", "CaseNoteWritten", List.of(new FieldCorrection("outcome", "ATTEMPTED")), "x"), 6);

        assertThat(doc("ev-1").getBoolean(ContactLogProjection.ENTERED_IN_ERROR)).isTrue();
        assertThat(doc("ev-1").getBoolean(ContactLogProjection.SUCCESSFUL)).isTrue();
        assertThat(contacts.find(new Document("_id", "c1")).first().get(ContactLogProjection.CONTACTS, Document.class)).hasSize(1);
    }

    @Test
    void erasure_removes_the_cases_contacts_so_live_and_rebuilt_logs_agree_once_corrections_read_as_erased() {
        projection.on(contact("k1", ContactOutcome.ATTEMPTED, MONDAY), "ev-1", 3);
        projection.on(new EntryCorrected("c1", "ev-1", "ContactRecorded", List.of(new FieldCorrection("outcome", "[erased]")), "x"), 4);
        assertThat(doc("ev-1").getBoolean(ContactLogProjection.SUCCESSFUL)).as("an unreadable value corrects nothing").isFalse();
        projection.on(new ContactRecorded("c2", "k9", ContactMode.PHONE, ContactOutcome.SUCCESSFUL, MONDAY, 5, null), "ev-9", 1);

        projection.on(new PersonalDataErased("c1", ErasureBasis.RETENTION_PERIOD_ENDED, "RR-1", java.time.LocalDate.of(2034, 1, 1)), 5);
        projection.on(contact("k1", ContactOutcome.ATTEMPTED, MONDAY), "ev-1", 3);

        assertThat(doc("ev-1")).as("gone, and a re-delivered contact does not bring it back").isNull();
        assertThat(contacts.find(new Document("_id", "c2")).first().get(ContactLogProjection.CONTACTS, Document.class)).containsOnlyKeys("ev-9");
    }

    @Test
    void reset_clears_the_log_for_a_rebuild() {
        projection.on(contact("k1", ContactOutcome.SUCCESSFUL, MONDAY), "ev-1", 3);
        projection.reset();
        assertThat(contacts.countDocuments()).isZero();
    }
}
