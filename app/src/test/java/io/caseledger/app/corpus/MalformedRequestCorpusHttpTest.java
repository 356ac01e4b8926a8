package io.caseledger.app.corpus;

import io.caseledger.app.HttpTest;
import io.caseledger.app.Api;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.common.stream.BlockingStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.caseledger.app.corpus.MalformedRequests.ECHO;
import static io.caseledger.app.corpus.MalformedRequests.HUGE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the OpenAPI description, sent a corpus of malformed requests as a hostile client
 * would: each must be refused with problem+json carrying a code (and the field, where one is to
 * blame), below 500, without echoing what was sent, without storing anything, and without noise
 * in the log.
 */
@HttpTest(properties = {
        // Hundreds of requests: the demo accounts without BCrypt's deliberate cost per sign-in.
        "caseledger.security.users[0].username=alice", "caseledger.security.users[0].password={noop}alice-demo", "caseledger.security.users[0].role=CASE_MANAGER", "caseledger.security.users[0].team=north",
        "caseledger.security.users[1].username=sam", "caseledger.security.users[1].password={noop}sam-demo", "caseledger.security.users[1].role=SUPERVISOR", "caseledger.security.users[1].team=north",
        "caseledger.security.users[2].username=ann", "caseledger.security.users[2].password={noop}ann-demo", "caseledger.security.users[2].role=AUDITOR",
        "caseledger.security.users[3].username=rae", "caseledger.security.users[3].password={noop}rae-demo", "caseledger.security.users[3].role=REPORTING",
        "caseledger.security.users[4].username=ada", "caseledger.security.users[4].password={noop}ada-demo", "caseledger.security.users[4].role=ADMIN"})
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestCorpusHttpTest {

    private static final String CASE = "corpus-1";
    private static final String RESOURCE = "corpus-res";

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    @Test
    void every_malformed_request_is_a_quiet_problem_that_names_the_field_and_stores_nothing(CapturedOutput output) {
        Api api = new Api(port);
        assertThat(api.post("alice", "/api/cases", Api.enrolment(CASE, "Ilsabet", "Corvanne")).status()).isEqualTo(201);
        assertThat(api.post("alice", "/api/resources", "{\"resourceId\":\"" + RESOURCE + "\",\"details\":{\"name\":\"Pantry\","
                + "\"serviceType\":\"COMMUNITY_SERVICE\"}}").status()).isEqualTo(201);
        assertThat(api.get("ann", "/api/cases/" + CASE).status()).isEqualTo(200);
        String readAudit = readAuditEventId();
        long stored = caseEvents();

        List<Probe> probes = new ArrayList<>(new MalformedRequests(api.get(null, "/v3/api-docs").json(),
                Map.of("caseId", CASE, "resourceId", RESOURCE, "name", "caseload", "caseManagerId", "alice", "team", "north")).all());
        probes.addAll(sharedIdSpace(readAudit));
        assertThat(probes).hasSizeGreaterThan(300);

        int logFrom = output.getAll().length();
        RawClient client = new RawClient(port);
        List<String> failures = new ArrayList<>();
        for (Probe probe : probes) {
            failures.addAll(client.judge(probe));
        }
        assertThat(failures).as("requests not answered as a refusal should be").isEmpty();
        assertThat(caseEvents()).as("events stored by malformed requests").isEqualTo(stored);
        String log = output.getAll().substring(logFrom);
        assertThat(log).as("log during the corpus").doesNotContain(" WARN ", " ERROR ", "\tat ", ECHO, HUGE, RESOURCE);
        assertThat(log.lines().count()).as("at most one log line per refusal").isLessThanOrEqualTo(probes.size());
    }

    @Test
    void history_exports_honour_the_accept_header_as_well_as_format() {
        Api api = new Api(port);
        api.post("alice", "/api/cases", Api.enrolment("corpus-csv", "Exporia", "Csvadottir"));
        assertThat(api.get("ann", "/api/cases/corpus-csv/history", "Accept", "text/csv").contentType()).startsWith("text/csv");
        assertThat(api.get("ann", "/api/cases/corpus-csv/history", "Accept", "application/pdf").contentType()).startsWith("application/pdf");
        assertThat(api.get("ann", "/api/cases/corpus-csv/history?format=csv", "Accept", "*/*").contentType()).startsWith("text/csv");
        assertThat(api.get("ann", "/api/cases/corpus-csv/history").contentType()).startsWith("application/json");
        Api.Response conflicting = api.get("ann", "/api/cases/corpus-csv/history?format=pdf", "Accept", "text/csv");
        assertThat(conflicting.status()).isEqualTo(406);
        assertThat(conflicting.json().get("code").asString()).isEqualTo("not-acceptable");
    }

    @Test
    void text_that_is_not_well_formed_unicode_is_refused_so_the_record_is_what_was_acknowledged() {
        Api api = new Api(port);
        api.post("alice", "/api/cases", Api.enrolment("corpus-text", "Teklana", "Unisorne"));
        Api.Response lone = api.post("alice", "/api/cases/corpus-text/insurance-assistance",
                "{\"programme\":\"a\\ud800b\",\"status\":\"STARTED\",\"assistedOn\":\"2026-11-15\"}");
        assertThat(lone.status()).isEqualTo(400);
        assertThat(lone.json().get("field").asString()).isEqualTo("programme");

        String astral = "Medicaid \uD83C\uDFE5";
        assertThat(api.post("alice", "/api/cases/corpus-text/insurance-assistance",
                "{\"programme\":\"" + astral + "\",\"status\":\"STARTED\",\"assistedOn\":\"2026-11-15\"}").status())
                .as("a surrogate pair is ordinary text").isEqualTo(200);
        JsonNode verified = api.get("ann", "/api/cases/corpus-text/verify").json();
        assertThat(verified.get("verified").asBoolean()).isTrue();
        assertThat(verified.get("events").asInt()).isEqualTo(2);
        assertThat(api.get("ann", "/api/cases/corpus-text/history").json().get("events").get(1).get("payload").get("programme").asString())
                .isEqualTo("Medicaid \uD83C\uDFE5");
    }

    /** Cases, community resources and read-audit events share one id space in the store. */
    private static List<Probe> sharedIdSpace(String readAudit) {
        String referral = """
                {"type":"COMMUNITY_SERVICE","recipient":{"organisation":"Pantry"},"resourceId":"%s","reason":"Food","dueBy":"%s"}"""
                .formatted(CASE, LocalDate.now().plusDays(7));
        String resource = "{\"resourceId\":\"" + CASE + "\",\"details\":{\"name\":\"Pantry\",\"serviceType\":\"COMMUNITY_SERVICE\"}}";
        List<Probe> probes = new ArrayList<>(List.of(
                Probe.post("a case id as a resource", "alice", "/api/resources", resource, "resourceId"),
                Probe.post("a case id as resourceId", "alice", "/api/cases/" + CASE + "/referrals", referral, "resourceId"),
                Probe.post("a case id as a resource to update", "alice", "/api/resources/" + CASE + "/update",
                        resource.replace("\"resourceId\":\"" + CASE + "\",", ""), "resourceId"),
                Probe.post("a case id as a resource to deactivate", "sam", "/api/resources/" + CASE + "/deactivation",
                        "{\"reason\":\"Closed\"}", "resourceId"),
                Probe.post("a resource id enrolled as a case", "alice", "/api/cases", Api.enrolment(RESOURCE, "Ilsabet", "Corvanne"), "caseId"),
                Probe.post("an unknown case", "alice", "/api/cases/corpus-none/notes", "{\"text\":\"Called\"}", "caseId"),
                Probe.post("an unknown resource", "sam", "/api/resources/corpus-none/deactivation", "{\"reason\":\"Closed\"}", "resourceId")));
        for (String id : List.of(RESOURCE, readAudit)) {
            probes.add(Probe.post("not a case: " + id, "alice", "/api/cases/" + id + "/notes", "{\"text\":\"Called\"}", "caseId"));
            for (String read : List.of("", "/history", "/verify", "/ncqa", "/diff?fromSequence=0", "?asOfSequence=0")) {
                probes.add(Probe.get("not a case: " + id, "ann", "/api/cases/" + id + read, "caseId"));
            }
        }
        return probes;
    }

    private String readAuditEventId() {
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable()) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                if (event.getPayloadType().getSimpleName().equals("CaseRecordAccessed")) {
                    return event.getIdentifier();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("no read-audit event");
    }

    /** Events of every case and resource stream (read-audit events are recorded outside them, and may grow). */
    private long caseEvents() {
        long count = 0;
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable()) {
                if (stream.nextAvailable() instanceof DomainEventMessage<?> event && event.getType() != null) {
                    count++;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return count;
    }
}
