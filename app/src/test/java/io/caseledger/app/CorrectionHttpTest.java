package io.caseledger.app;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;


import static org.assertj.core.api.Assertions.assertThat;

/** Contacts and notes, corrected and marked in error by new events, with the original left as it was. */
@HttpTest
class CorrectionHttpTest {

    @LocalServerPort
    int port;

    @Test
    void a_contact_is_corrected_and_a_note_marked_entered_in_error_without_changing_either() {
        Api api = new Api(port);
        api.post("alice", "/api/cases", Api.enrolment("cor-1", "Mae", "Jemison"));
        assertThat(api.post("alice", "/api/cases/cor-1/contacts",
                "{\"mode\":\"PHONE\",\"outcome\":\"SUCCESSFUL\",\"occurredAt\":\"2026-03-02T10:00:00Z\",\"durationMinutes\":5}").status()).isEqualTo(201);
        assertThat(api.post("alice", "/api/cases/cor-1/notes", "{\"text\":\"Client reports new address\"}").status()).isEqualTo(201);
        JsonNode events = api.get("alice", "/api/cases/cor-1/history").json().get("events");
        String contactEvent = events.get(1).get("eventId").asString();
        String noteEvent = events.get(2).get("eventId").asString();

        assertThat(api.post("alice", "/api/cases/cor-1/corrections", """
                {"correctedEventId":"%s","corrections":[{"field":"durationMinutes","value":"45"}],"reason":"Typed 5 for 45"}"""
                .formatted(contactEvent)).status()).isEqualTo(200);
        assertThat(api.post("alice", "/api/cases/cor-1/entered-in-error",
                "{\"eventId\":\"%s\",\"reason\":\"Wrong client\"}".formatted(noteEvent)).status()).isEqualTo(200);
        Api.Response twice = api.post("alice", "/api/cases/cor-1/entered-in-error", "{\"eventId\":\"%s\",\"reason\":\"again\"}".formatted(noteEvent));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("code").asString()).isEqualTo("already-entered-in-error");
        Api.Response badField = api.post("alice", "/api/cases/cor-1/corrections", """
                {"correctedEventId":"%s","corrections":[{"field":"mood","value":"x"}],"reason":"r"}""".formatted(contactEvent));
        assertThat(badField.status()).isEqualTo(400);
        assertThat(badField.json().get("field").asString()).isEqualTo("corrections[0].field");
        assertThat(api.post("alice", "/api/cases/cor-1/entered-in-error", "{\"eventId\":\"nope\",\"reason\":\"x\"}").status()).isEqualTo(404);

        JsonNode history = api.get("ann", "/api/cases/cor-1/history").json().get("events");
        assertThat(history.get(1).get("payload").get("durationMinutes").asInt()).as("the original is untouched").isEqualTo(5);
        assertThat(history.get(3).get("type").asString()).isEqualTo("EntryCorrected");
        assertThat(history.get(3).get("corrects").asString()).isEqualTo(contactEvent);
        assertThat(history.get(3).get("payload").get("reason").asString()).isEqualTo("Typed 5 for 45");
        assertThat(history.get(3).hasNonNull("reason")).as("a free-text reason is sealed in the payload, never in metadata").isFalse();
        assertThat(history.get(4).get("corrects").asString()).isEqualTo(noteEvent);

        JsonNode record = api.get("alice", "/api/cases/cor-1").json().get("record");
        assertThat(record.get("enteredInError").size()).isEqualTo(1);
        assertThat(record.get("enteredInError").get(0).asString()).isEqualTo(noteEvent);
        assertThat(record.get("corrections").get(0).get("correctedEventId").asString()).isEqualTo(contactEvent);
        assertThat(api.get("ann", "/api/cases/cor-1/verify").json().get("verified").asBoolean()).isTrue();
    }
}
