package io.caseledger.app;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Contacts and notes, corrected and marked in error by new events, with the original left as it was. */
@HttpTest
class CorrectionHttpTest {

    @LocalServerPort
    int port;
    private Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    /** A case with a five-minute contact and a note; the ids of the events that recorded them. */
    private Entries recorded(String caseId) {
        api.post("alice", "/api/cases", Api.enrolment(caseId, "Mae", "Jemison"));
        assertThat(api.post("alice", "/api/cases/" + caseId + "/contacts",
                "{\"mode\":\"PHONE\",\"outcome\":\"SUCCESSFUL\",\"occurredAt\":\"2026-03-02T10:00:00Z\",\"durationMinutes\":5}").status()).isEqualTo(201);
        assertThat(api.post("alice", "/api/cases/" + caseId + "/notes", "{\"text\":\"Client reports new address\"}").status()).isEqualTo(201);
        JsonNode events = api.get("alice", "/api/cases/" + caseId + "/history").json().get("events");
        return new Entries(events.get(1).get("eventId").asString(), events.get(2).get("eventId").asString());
    }

    private record Entries(String contact, String note) {
    }

    private Api.Response correctDuration(String caseId, String eventId) {
        return api.post("alice", "/api/cases/" + caseId + "/corrections", """
                {"correctedEventId":"%s","corrections":[{"field":"durationMinutes","value":"45"}],"reason":"Typed 5 for 45"}"""
                .formatted(eventId));
    }

    private Api.Response markInError(String caseId, String eventId) {
        return api.post("alice", "/api/cases/" + caseId + "/entered-in-error", "{\"eventId\":\"%s\",\"reason\":\"Wrong client\"}".formatted(eventId));
    }

    @Test
    void a_correction_is_a_new_event_pointing_at_the_entry_and_the_original_stays_as_it_was() {
        Entries entries = recorded("cor-1");

        assertThat(correctDuration("cor-1", entries.contact()).status()).isEqualTo(200);

        JsonNode history = api.get("ann", "/api/cases/cor-1/history").json().get("events");
        assertThat(history.get(1).get("payload").get("durationMinutes").asInt()).as("the original is untouched").isEqualTo(5);
        assertThat(history.get(3).get("type").asString()).isEqualTo("EntryCorrected");
        assertThat(history.get(3).get("corrects").asString()).isEqualTo(entries.contact());
        assertThat(history.get(3).get("payload").get("reason").asString()).isEqualTo("Typed 5 for 45");
        assertThat(history.get(3).hasNonNull("reason")).as("a free-text reason is sealed in the payload, never in metadata").isFalse();
        assertThat(api.get("alice", "/api/cases/cor-1").json().get("record").get("corrections").get(0).get("correctedEventId").asString())
                .isEqualTo(entries.contact());
        assertThat(api.get("ann", "/api/cases/cor-1/verify").json().get("verified").asBoolean()).isTrue();
    }

    @Test
    void a_note_marked_entered_in_error_is_a_new_event_pointing_at_it_and_the_case_lists_it() {
        Entries entries = recorded("cor-2");

        assertThat(markInError("cor-2", entries.note()).status()).isEqualTo(200);

        JsonNode history = api.get("ann", "/api/cases/cor-2/history").json().get("events");
        assertThat(history.get(2).get("payload").get("text").asString()).as("the original is untouched").isEqualTo("Client reports new address");
        assertThat(history.get(3).get("type").asString()).isEqualTo("EntryMarkedEnteredInError");
        assertThat(history.get(3).get("corrects").asString()).isEqualTo(entries.note());
        JsonNode enteredInError = api.get("alice", "/api/cases/cor-2").json().get("record").get("enteredInError");
        assertThat(enteredInError.size()).isEqualTo(1);
        assertThat(enteredInError.get(0).asString()).isEqualTo(entries.note());
    }

    @Test
    void an_entry_is_marked_entered_in_error_only_once() {
        Entries entries = recorded("cor-3");
        assertThat(markInError("cor-3", entries.note()).status()).isEqualTo(200);

        Api.Response twice = markInError("cor-3", entries.note());

        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("code").asString()).isEqualTo("already-entered-in-error");
    }

    @Test
    void correcting_a_field_the_entry_does_not_have_is_a_400_naming_it() {
        Entries entries = recorded("cor-4");

        Api.Response badField = api.post("alice", "/api/cases/cor-4/corrections", """
                {"correctedEventId":"%s","corrections":[{"field":"mood","value":"x"}],"reason":"r"}""".formatted(entries.contact()));

        assertThat(badField.status()).isEqualTo(400);
        assertThat(badField.json().get("field").asString()).isEqualTo("corrections[0].field");
    }

    @Test
    void marking_an_event_the_case_does_not_have_is_404() {
        recorded("cor-5");

        assertThat(markInError("cor-5", "nope").status()).isEqualTo(404);
    }
}
