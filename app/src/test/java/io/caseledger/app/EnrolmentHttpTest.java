package io.caseledger.app;

import com.mongodb.client.MongoDatabase;
import io.caseledger.app.storage.EmbeddedMongo;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The enrolment slice over real HTTP, on the embedded store, as a user would drive it. */
@HttpTest
class EnrolmentHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    EmbeddedMongo embeddedMongo;
    @Autowired
    io.caseledger.app.storage.EmbeddedPostgresServer embeddedPostgres;
    @Autowired
    MongoDatabase database;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void an_enrolled_client_appears_in_the_case_managers_caseload() {
        Api.Response created = api.post("alice", "/api/cases", Api.enrolment("http-1", "Maria", "Lopez"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("caseId").asString()).isEqualTo("http-1");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Api.Response caseload = api.get("alice", "/api/caseloads/alice");
            assertThat(caseload.status()).isEqualTo(200);
            assertThat(caseload.json().get("cases").findValuesAsString("caseId")).contains("http-1");
        });
        Api.Response shown = api.get("sam", "/api/cases/http-1");
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().get("clientName").asString()).isEqualTo("Lopez, Maria");
        assertThat(shown.json().get("caseManagerId").asString()).isEqualTo("alice");
        assertThat(shown.json().get("interpreterNeeded").asBoolean()).isTrue();
    }

    @Test
    void the_event_records_who_in_which_role_and_the_requests_correlation_id() {
        api.post("sam", "/api/cases", Api.enrolment("http-2", "Ana", "Diaz").replace("\"caseId\"", "\"caseManagerId\":\"bob\",\"caseId\""), "req-42");

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents("http-2").asStream().toList();
        assertThat(events).hasSize(1);
        var metadata = events.get(0).getMetaData();
        assertThat(metadata.get("userId")).isEqualTo("sam");
        assertThat(metadata.get("userRole")).isEqualTo("SUPERVISOR");
        assertThat(metadata.get("correlationId")).isEqualTo("req-42");
        assertThat((String) metadata.get("causationId")).isNotBlank().isNotEqualTo("req-42");
    }

    @Test
    void a_second_enrolment_of_the_same_case_is_a_conflict_and_records_nothing() {
        assertThat(api.post("alice", "/api/cases", Api.enrolment("http-3", "Li", "Wei")).status()).isEqualTo(201);

        Api.Response again = api.post("alice", "/api/cases", Api.enrolment("http-3", "Li", "Wei"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("code").asString()).isEqualTo("case-already-enrolled");
        assertThat(eventStore.readEvents("http-3").asStream().count()).isEqualTo(1);
    }

    @Test
    void a_blank_name_is_a_400_problem_naming_the_field_and_records_nothing() {
        Api.Response blank = api.post("alice", "/api/cases", Api.enrolment("http-4a", "Maria", " "));

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.contentType()).startsWith("application/problem+json");
        assertThat(blank.json().get("field").asString()).isEqualTo("client.familyName");
        assertThat(eventStore.readEvents("http-4a").asStream().count()).isZero();
    }

    @Test
    void a_date_in_the_wrong_format_is_a_400_naming_the_field_without_echoing_it() {
        Api.Response badDate = api.post("alice", "/api/cases",
                Api.enrolment("http-4b", "Maria", "Lopez").replace("1975-04-02", "02/04/1975"));

        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("field").asString()).isEqualTo("client.dateOfBirth");
        assertThat(badDate.body()).doesNotContain("02/04/1975");
        assertThat(eventStore.readEvents("http-4b").asStream().count()).isZero();
    }

    @Test
    void an_unknown_field_is_a_400_listing_the_accepted_ones_without_echoing_its_name_or_value() {
        Api.Response unknownField = api.post("alice", "/api/cases", "{\"caseId\":\"http-4c\",\"ssn\":\"123-45-6789\"}");

        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().get("field").asString()).isEqualTo("body");
        assertThat(unknownField.json().get("detail").asString()).contains("accepted: [caseId, caseManagerId, client,")
                .doesNotContain("ssn");
        assertThat(unknownField.body()).doesNotContain("123-45-6789");
        assertThat(eventStore.readEvents("http-4c").asStream().count()).isZero();
    }

    @Test
    void a_body_that_is_not_json_is_a_400_malformed_body() {
        Api.Response notJson = api.post("alice", "/api/cases", "{not json");

        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().get("code").asString()).isEqualTo("malformed-body");
    }

    @Test
    void a_case_id_with_spaces_is_a_400_naming_the_case_id() {
        Api.Response badId = api.post("alice", "/api/cases", Api.enrolment("has spaces", "Maria", "Lopez"));

        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().get("field").asString()).isEqualTo("caseId");
    }

    @Test
    void no_one_unknown_or_with_a_wrong_password_is_let_in() {
        assertThat(api.get(null, "/api/caseloads/alice").status()).isEqualTo(401);
        Api.Response wrongPassword = api.get("alice:not-her-password", "/api/caseloads/alice");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.contentType()).startsWith("application/problem+json");
        assertThat(api.get("mallory:whatever", "/api/caseloads/alice").status()).isEqualTo(401);
    }

    @Test
    void reporting_may_neither_enrol_nor_read_a_caseload() {
        assertThat(api.post("rae", "/api/cases", Api.enrolment("http-5a", "A", "B")).status()).isEqualTo(403);
        assertThat(api.get("rae", "/api/caseloads/alice").status()).isEqualTo(403);
        assertThat(eventStore.readEvents("http-5a").asStream().count()).isZero();
    }

    @Test
    void a_case_manager_may_neither_read_nor_enrol_into_another_case_managers_caseload() {
        assertThat(api.get("bob", "/api/caseloads/alice").status()).isEqualTo(403);
        assertThat(api.post("alice", "/api/cases",
                Api.enrolment("http-5b", "A", "B").replace("\"caseId\"", "\"caseManagerId\":\"bob\",\"caseId\"")).status())
                .isEqualTo(403);
        assertThat(eventStore.readEvents("http-5b").asStream().count()).isZero();
    }

    @Test
    void an_unknown_case_is_404() {
        assertThat(api.get("sam", "/api/cases/no-such-case").status()).isEqualTo(404);
    }

    @Test
    void an_unknown_case_manager_is_404_to_an_auditor_and_403_to_a_supervisor_outside_it() {
        assertThat(api.get("ann", "/api/caseloads/nobody").status()).as("auditors see every caseload").isEqualTo(404);
        assertThat(api.get("sam", "/api/caseloads/nobody").status()).as("outside a supervisor's team").isEqualTo(403);
    }

    @Test
    void another_case_managers_case_is_as_invisible_as_a_missing_one() {
        assertThat(api.post("alice", "/api/cases", Api.enrolment("http-6", "Ravi", "Patel")).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("alice", "/api/cases/http-6").status() == 200);

        assertThat(api.get("bob", "/api/cases/http-6").status()).isEqualTo(404);
    }

    @Test
    void a_supervisor_may_not_assign_a_case_to_someone_who_is_not_a_case_manager() {
        Api.Response toAuditor = api.post("sam", "/api/cases",
                Api.enrolment("http-7a", "A", "B").replace("\"caseId\"", "\"caseManagerId\":\"ann\",\"caseId\""));

        assertThat(toAuditor.status()).isEqualTo(422);
        assertThat(toAuditor.json().get("code").asString()).isEqualTo("unknown-case-manager");
    }

    @Test
    void a_supervisor_must_name_the_case_manager() {
        Api.Response unassigned = api.post("sam", "/api/cases", Api.enrolment("http-7b", "A", "B"));

        assertThat(unassigned.status()).isEqualTo(400);
        assertThat(unassigned.json().get("field").asString()).isEqualTo("caseManagerId");
    }

    @Test
    void the_stores_are_embedded_postgresql_and_the_wire_protocol_server_and_metrics_are_exposed() {
        assertThat(embeddedMongo.port()).isPositive();
        assertThat(embeddedPostgres.process().isAlive()).isTrue();
        assertThat(database.listCollectionNames().into(new java.util.ArrayList<>())).doesNotContain("domainevents");
        assertThat(api.post("alice", "/api/cases", Api.enrolment("http-8", "Kim", "Park")).status()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Api.Response metrics = api.get("ada", "/actuator/prometheus");
            assertThat(metrics.status()).isEqualTo(200);
            assertThat(metrics.body()).containsPattern("commandBus_successCounter_total\\{[^}]*payloadType=\"EnrolClient\"")
                    .containsPattern("eventProcessor_latency[a-z_]*\\{[^}]*processorName=\"caseload\"");
        });
        assertThat(api.get("alice", "/actuator/prometheus").status()).isEqualTo(403);
        assertThat(api.get(null, "/actuator/health").status()).isEqualTo(200);
    }
}
