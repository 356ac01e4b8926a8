package io.caseledger.app;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** History from the event store, the hash chain, and tampering done behind the application's back. */
@HttpTest
class AuditChainHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    Api api;
    StoredEvents stored;

    @BeforeEach
    void client() {
        api = new Api(port);
        stored = new StoredEvents(dataSource);
    }

    /** Enrol, transfer to bob, add a care team member, close: four events, one per command. */
    private void caseWithHistory(String caseId) {
        assertThat(api.post("sam", "/api/cases", Api.enrolment(caseId, "Maria", "Lopez")
                .replace("\"caseId\"", "\"caseManagerId\":\"alice\",\"caseId\""), "corr-" + caseId).status()).isEqualTo(201);
        assertThat(api.post("sam", "/api/cases/" + caseId + "/transfer", "{\"toCaseManagerId\":\"bob\",\"reason\":\"Language match\"}").status()).isEqualTo(200);
        assertThat(api.post("bob", "/api/cases/" + caseId + "/care-team", "{\"role\":\"PCP\",\"name\":\"Dr. Rivera\"}").status()).isEqualTo(201);
        assertThat(api.post("bob", "/api/cases/" + caseId + "/closure", "{\"closureReason\":\"MOVED\"}").status()).isEqualTo(200);
    }

    private JsonNode verify(String caseId) {
        Api.Response report = api.get("ann", "/api/cases/" + caseId + "/verify");
        assertThat(report.status()).isEqualTo(200);
        return report.json();
    }

    @Test
    void history_lists_every_event_with_who_why_and_a_linked_hash_chain() {
        caseWithHistory("aud-1");
        JsonNode events = api.get("ann", "/api/cases/aud-1/history").json().get("events");

        assertThat(events.size()).isEqualTo(4);
        assertThat(events.get(0).get("type").asString()).isEqualTo("ClientEnrolled");
        assertThat(events.get(0).get("userId").asString()).isEqualTo("sam");
        assertThat(events.get(0).get("correlationId").asString()).isEqualTo("corr-aud-1");
        assertThat(events.get(1).get("payload").get("reason").asString()).isEqualTo("Language match");
        assertThat(events.get(3).get("reason").asString()).as("a coded reason is in metadata").isEqualTo("MOVED");
        assertThat(events.get(0).get("previousHash").asString()).isEqualTo("0".repeat(64));
        for (int i = 1; i < 4; i++) {
            assertThat(events.get(i).get("previousHash").asString()).isEqualTo(events.get(i - 1).get("hash").asString());
            assertThat(events.get(i).get("sequence").asLong()).isEqualTo(i);
        }
        JsonNode report = verify("aud-1");
        assertThat(report.get("verified").asBoolean()).isTrue();
        assertThat(report.get("headHash").asString()).isEqualTo(events.get(3).get("hash").asString());

        Api.Response page = api.get("ann", "/api/cases/aud-1/history?limit=2&afterSequence=0");
        assertThat(page.json().get("events").findValuesAsString("type")).containsExactly("CaseTransferred", "CareTeamMemberAdded");
        assertThat(page.json().get("nextAfterSequence").asLong()).isEqualTo(2);
        assertThat(api.get("ann", "/api/cases/aud-1/history?type=CaseClosed").json().get("events").size()).isEqualTo(1);
        Api.Response unknownType = api.get("ann", "/api/cases/aud-1/history?type=CaseClosed&type=CaseClozed");
        assertThat(unknownType.status()).as("a misspelt type would silently list nothing").isEqualTo(400);
        assertThat(unknownType.json().get("field").asString()).isEqualTo("type");

        Api.Response csv = api.get("ann", "/api/cases/aud-1/history?format=csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().split("\r\n")).hasSize(5);
        assertThat(csv.body()).startsWith("sequence,timestamp,type,userId");
    }

    /** Enrol, two consents whose sets arrive in opposite orders, transfer, care team, closure: six events. */
    private void caseWithConsents(String caseId) {
        assertThat(api.post("alice", "/api/cases", Api.enrolment(caseId, "Maria", "Lopez")).status()).isEqualTo(201);
        String today = java.time.LocalDate.now().toString();
        String later = java.time.LocalDate.now().plusYears(1).toString();
        for (String sets : new String[]{
                "\"purposes\":[\"OTHER\",\"PAYMENT\",\"REFERRAL\",\"CARE_COORDINATION\",\"TREATMENT\"],\"scope\":[\"ALL\",\"CARE_PLAN\",\"DIAGNOSES\",\"DEMOGRAPHICS\"]",
                "\"purposes\":[\"TREATMENT\",\"CARE_COORDINATION\",\"REFERRAL\"],\"scope\":[\"DEMOGRAPHICS\",\"DIAGNOSES\",\"CARE_PLAN\",\"ALL\"]"}) {
            assertThat(api.post("alice", "/api/cases/" + caseId + "/consents", "{\"recipient\":{\"organisation\":\"Eastside\"}," + sets
                    + ",\"effectiveOn\":\"" + today + "\",\"expiresOn\":\"" + later + "\",\"method\":\"WRITTEN\"}").status()).isEqualTo(201);
        }
        assertThat(api.post("sam", "/api/cases/" + caseId + "/transfer", "{\"toCaseManagerId\":\"bob\",\"reason\":\"Language match\"}").status()).isEqualTo(200);
        assertThat(api.post("bob", "/api/cases/" + caseId + "/care-team", "{\"role\":\"PCP\",\"name\":\"Dr. Rivera\"}").status()).isEqualTo(201);
        assertThat(api.post("bob", "/api/cases/" + caseId + "/closure", "{\"closureReason\":\"MOVED\"}").status()).isEqualTo(200);
    }

    @Test
    void the_offline_verifier_and_the_server_agree_on_untouched_sets_and_on_exactly_which_event_was_edited(@TempDir Path exports)
            throws Exception {
        caseWithConsents("ord-ok");
        Path export = Files.writeString(exports.resolve("ord-ok.json"), api.get("ann", "/api/cases/ord-ok/history?limit=1000").body());
        Script intact = runScript(export);
        assertThat(intact.exit()).as(intact.output()).isZero();
        assertThat(intact.output()).contains("VERIFIED 6 events, head " + verify("ord-ok").get("headHash").asString());

        for (int sequence = 0; sequence < 6; sequence++) {
            String caseId = "ord-" + sequence;
            caseWithConsents(caseId);
            String payload = stored.column(caseId, sequence, "payload");
            assertThat(payload).contains("\"caseId\":\"" + caseId + "\"");
            stored.set(caseId, sequence, "payload", payload.replace("\"caseId\":\"" + caseId + "\"", "\"caseId\":\"ord-x\""));

            JsonNode server = verify(caseId);
            assertThat(server.get("brokenAtSequence").asLong()).as("server, event %s", sequence).isEqualTo(sequence);
            assertThat(server.get("problem").asString()).isEqualTo("hash-mismatch");
            Path edited = Files.writeString(exports.resolve(caseId + ".json"),
                    api.get("ann", "/api/cases/" + caseId + "/history?limit=1000").body());
            Script offline = runScript(edited);
            assertThat(offline.exit()).as(offline.output()).isEqualTo(1);
            assertThat(offline.output()).as("script, event %s", sequence).contains("BROKEN at sequence " + sequence + ": hash-mismatch");
        }
        JsonNode digest = api.get("ann", "/api/audit/digest").json();
        assertThat(digest.get("broken").findValuesAsString("caseId")).as("the digest vouches for no broken head")
                .contains("ord-0", "ord-5").doesNotContain("ord-ok");
        assertThat(digest.get("heads").findValuesAsString("caseId")).contains("ord-ok").doesNotContain("ord-0", "ord-5");
    }

    @Test
    void the_digest_publishes_each_cases_head_hash_under_one_root() {
        caseWithHistory("aud-2");
        String head = verify("aud-2").get("headHash").asString();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode digest = api.get("ann", "/api/audit/digest").json();
            assertThat(digest.get("root").asString()).hasSize(64);
            assertThat(digest.get("heads").findValuesAsString("headHash")).contains(head);
        });
    }

    @Test
    void an_edited_payload_breaks_the_chain_at_that_event() {
        caseWithHistory("aud-3");
        String payload = stored.column("aud-3", 0, "payload");
        assertThat(payload).contains("\"interpreterNeeded\":true");
        stored.set("aud-3", 0, "payload", payload.replace("\"interpreterNeeded\":true", "\"interpreterNeeded\":false"));

        JsonNode report = verify("aud-3");
        assertThat(report.get("verified").asBoolean()).isFalse();
        assertThat(report.get("brokenAtSequence").asLong()).isZero();
        assertThat(report.get("problem").asString()).isEqualTo("hash-mismatch");
    }

    /** Personal fields are stored sealed; altering the sealed text breaks the chain just the same. */
    @Test
    void an_edited_sealed_personal_field_breaks_the_chain_at_that_event() {
        caseWithHistory("aud-3s");
        String payload = stored.column("aud-3s", 0, "payload");
        assertThat(payload).doesNotContain("Lopez").contains("sealed:v1:");
        int at = payload.indexOf("sealed:v1:") + "sealed:v1:".length() + 5;
        char swapped = payload.charAt(at) == 'A' ? 'B' : 'A';
        stored.set("aud-3s", 0, "payload", payload.substring(0, at) + swapped + payload.substring(at + 1));

        JsonNode report = verify("aud-3s");
        assertThat(report.get("verified").asBoolean()).isFalse();
        assertThat(report.get("brokenAtSequence").asLong()).isZero();
        assertThat(report.get("problem").asString()).isEqualTo("hash-mismatch");
    }

    @Test
    void edited_metadata_breaks_the_chain_at_that_event() {
        caseWithHistory("aud-4");
        String meta = stored.column("aud-4", 1, "meta_data");
        assertThat(meta).contains("\"userId\":\"sam\"");
        stored.set("aud-4", 1, "meta_data", meta.replace("\"userId\":\"sam\"", "\"userId\":\"alice\""));

        JsonNode report = verify("aud-4");
        assertThat(report.get("brokenAtSequence").asLong()).isEqualTo(1);
        assertThat(report.get("problem").asString()).isEqualTo("hash-mismatch");
    }

    @Test
    void the_event_table_refuses_updates_and_deletes_from_anyone_who_has_not_switched_its_guard_off() throws Exception {
        caseWithHistory("aud-ro");
        try (var c = dataSource.getConnection(); var statement = c.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE domain_event_entry SET payload = '{}' WHERE aggregate_identifier = 'aud-ro'"))
                    .hasMessageContaining("append-only");
            c.rollback();
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM domain_event_entry WHERE aggregate_identifier = 'aud-ro'"))
                    .hasMessageContaining("append-only");
            c.rollback();
        }
        assertThat(stored.count("aud-ro")).isEqualTo(4);
        assertThat(verify("aud-ro").get("verified").asBoolean()).isTrue();
    }

    @Test
    void a_deleted_event_is_a_gap() {
        caseWithHistory("aud-5");
        stored.tamper("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?", "aud-5", 2L);

        JsonNode report = verify("aud-5");
        assertThat(report.get("brokenAtSequence").asLong()).isEqualTo(2);
        assertThat(report.get("problem").asString()).isEqualTo("sequence-gap");
    }

    @Test
    void reordered_events_break_the_chain() {
        caseWithHistory("aud-6");
        swapSequence("aud-6", 1, 99);
        swapSequence("aud-6", 2, 1);
        swapSequence("aud-6", 99, 2);

        JsonNode report = verify("aud-6");
        assertThat(report.get("verified").asBoolean()).isFalse();
        assertThat(report.get("brokenAtSequence").asLong()).isEqualTo(1);
    }

    @Test
    void an_inserted_event_breaks_the_chain() {
        caseWithHistory("aud-7");
        stored.tamper("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp, "
                + "payload_type, payload_revision, payload, meta_data) SELECT 'forged-event', aggregate_identifier, 4, type, time_stamp, "
                + "payload_type, payload_revision, payload, meta_data FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 3",
                "aud-7");

        JsonNode report = verify("aud-7");
        assertThat(report.get("verified").asBoolean()).isFalse();
        assertThat(report.get("brokenAtSequence").asLong()).isEqualTo(4);
        assertThat(report.get("problem").asString()).isEqualTo("previous-hash-mismatch");
    }

    @Test
    void history_is_for_auditors_supervisors_and_the_cases_own_case_manager() {
        caseWithHistory("aud-8");
        assertThat(api.get("bob", "/api/cases/aud-8/history").status()).isEqualTo(200);
        assertThat(api.get("alice", "/api/cases/aud-8/history").status()).as("transferred away from alice").isEqualTo(404);
        assertThat(api.get("sam", "/api/cases/aud-8/history").status()).isEqualTo(200);
        assertThat(api.get("rae", "/api/cases/aud-8/history").status()).isEqualTo(403);
        assertThat(api.get("ann", "/api/cases/unknown/history").status()).isEqualTo(404);
        assertThat(api.get("ann", "/api/cases/aud-8/history?from=yesterday").json().get("field").asString()).isEqualTo("from");
    }

    @Test
    void the_standalone_script_verifies_an_export_and_catches_an_edit_to_it(@TempDir Path exports) throws Exception {
        caseWithHistory("aud-9");
        String export = api.get("ann", "/api/cases/aud-9/history?limit=1000").body();
        Path good = Files.writeString(exports.resolve("good.json"), export);
        Path edited = Files.writeString(exports.resolve("edited.json"), export.replace("\"PCP\"", "\"CHW\""));

        Script ok = runScript(good);
        assertThat(ok.exit()).as(ok.output()).isZero();
        assertThat(ok.output()).contains("VERIFIED 4 events, head " + verify("aud-9").get("headHash").asString());

        Script broken = runScript(edited);
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.output()).contains("BROKEN at sequence 2: hash-mismatch");
    }

    @Test
    void point_in_time_folds_the_same_events_the_same_way_and_diffs_two_instants() {
        caseWithHistory("pit-1");
        JsonNode live = api.get("sam", "/api/cases/pit-1").json();
        assertThat(live.get("status").asString()).isEqualTo("CLOSED");
        assertThat(api.get("ann", "/api/cases/pit-1?asOfSequence=3").json()).as("fold at the last event = live").isEqualTo(live);

        JsonNode atEnrolment = api.get("ann", "/api/cases/pit-1?asOfSequence=0").json();
        assertThat(atEnrolment.get("caseManagerId").asString()).isEqualTo("alice");
        assertThat(atEnrolment.get("status").asString()).isEqualTo("ENROLLED");
        assertThat(atEnrolment.get("careTeam").size()).isZero();

        JsonNode events = api.get("ann", "/api/cases/pit-1/history").json().get("events");
        String careTeamAddedAt = events.get(2).get("timestamp").asString();
        JsonNode atCareTeam = api.get("ann", "/api/cases/pit-1?asOf=" + careTeamAddedAt).json();
        assertThat(atCareTeam.get("lastSequence").asLong()).as("asOf includes the event stamped at the instant").isEqualTo(2);
        assertThat(atCareTeam.get("caseManagerId").asString()).isEqualTo("bob");
        assertThat(api.get("ann", "/api/cases/pit-1?asOf=2000-01-01T00:00:00Z").status()).isEqualTo(404);
        assertThat(api.get("bob", "/api/cases/pit-1?asOfSequence=0").status()).as("case managers see only the live view").isEqualTo(403);
        assertThat(api.get("ann", "/api/cases/pit-1?asOf=last-tuesday").json().get("field").asString()).isEqualTo("asOf");

        JsonNode changes = api.get("ann", "/api/cases/pit-1/diff?fromSequence=0&toSequence=3").json().get("changes");
        assertThat(changes.findValuesAsString("path")).contains("/caseManagerId", "/status", "/closureReason", "/careTeam");
        for (JsonNode change : changes) {
            if (change.get("path").asString().equals("/caseManagerId")) {
                assertThat(change.get("before").asString()).isEqualTo("alice");
                assertThat(change.get("after").asString()).isEqualTo("bob");
            }
        }
    }

    /** An auditor copies an event's timestamp from the history: every point-in-time read includes that event. */
    @Test
    void an_instant_copied_from_the_history_includes_its_event_in_history_case_view_and_diff() {
        caseWithHistory("pit-2");
        JsonNode closure = api.get("ann", "/api/cases/pit-2/history?type=CaseClosed").json().get("events").get(0);
        Instant closedAt = Instant.parse(closure.get("timestamp").asString());
        String at = closedAt.toString();
        String before = closedAt.minusMillis(1).toString();
        String after = closedAt.plusMillis(1).toString();

        assertThat(api.get("ann", "/api/cases/pit-2?asOf=" + at).json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(api.get("ann", "/api/cases/pit-2?asOf=" + after).json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(api.get("ann", "/api/cases/pit-2?asOf=" + before).json().get("status").asString()).isEqualTo("ENROLLED");

        assertThat(types("/api/cases/pit-2/history?to=" + at)).endsWith("CaseClosed");
        assertThat(types("/api/cases/pit-2/history?to=" + after)).endsWith("CaseClosed");
        assertThat(types("/api/cases/pit-2/history?to=" + before)).doesNotContain("CaseClosed");
        assertThat(types("/api/cases/pit-2/history?from=" + at)).containsExactly("CaseClosed");
        assertThat(types("/api/cases/pit-2/history?from=" + after)).isEmpty();

        assertThat(changedPaths("from=" + before + "&to=" + at)).contains("/status");
        assertThat(changedPaths("from=" + before + "&to=" + after)).contains("/status");
        assertThat(changedPaths("from=" + at + "&to=" + after)).doesNotContain("/status");
        assertThat(changedPaths("fromSequence=0&to=" + before)).doesNotContain("/status");
    }

    private java.util.List<String> types(String path) {
        return api.get("ann", path).json().get("events").findValuesAsString("type");
    }

    private java.util.List<String> changedPaths(String query) {
        return api.get("ann", "/api/cases/pit-2/diff?" + query).json().get("changes").findValuesAsString("path");
    }

    @Test
    void every_read_of_a_case_record_is_logged_with_who_what_and_why() {
        caseWithHistory("acc-1");
        assertThat(api.get("sam", "/api/cases/acc-1", "X-Purpose-Of-Use", "TREATMENT").status()).isEqualTo(200);
        assertThat(api.get("ann", "/api/cases/acc-1/history", "X-Purpose-Of-Use", "AUDIT").status()).isEqualTo(200);
        assertThat(api.get("ann", "/api/cases/acc-1/history?format=csv").status()).isEqualTo(200);
        assertThat(api.get("ann", "/api/cases/acc-1?asOfSequence=1").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode accesses = api.get("ann", "/api/audit/access?caseId=acc-1").json().get("accesses");
            assertThat(accesses.findValuesAsString("view")).containsExactlyInAnyOrder("SUMMARY", "HISTORY", "HISTORY_EXPORT", "POINT_IN_TIME");
        });
        JsonNode byAnn = api.get("ann", "/api/audit/access?userId=ann").json().get("accesses");
        assertThat(byAnn.findValuesAsString("caseId")).contains("acc-1").doesNotContainNull();
        JsonNode samOnThisCase = null;
        for (JsonNode access : api.get("ann", "/api/audit/access?userId=sam").json().get("accesses")) {
            if (access.get("caseId").asString().equals("acc-1")) {
                samOnThisCase = access;
            }
        }
        assertThat(samOnThisCase).isNotNull();
        assertThat(samOnThisCase.get("purpose").asString()).isEqualTo("TREATMENT");
        assertThat(samOnThisCase.get("role").asString()).isEqualTo("SUPERVISOR");

        assertThat(api.get("rae", "/api/audit/access?caseId=acc-1").status()).isEqualTo(403);
        Api.Response badPurpose = api.get("sam", "/api/cases/acc-1", "X-Purpose-Of-Use", "because I can");
        assertThat(badPurpose.status()).isEqualTo(400);
        assertThat(badPurpose.json().get("field").asString()).isEqualTo("X-Purpose-Of-Use");
        assertThat(api.get("ann", "/api/cases/acc-1/verify").json().get("verified").asBoolean())
                .as("access events stay outside the case stream").isTrue();
    }

    @Test
    void the_printable_record_lists_every_event_and_the_verification() throws Exception {
        caseWithHistory("pdf-1");
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/cases/pdf-1/history?format=pdf"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("ann:ann-demo".getBytes())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("Case record pdf-1", "#0  ClientEnrolled", "#3  CaseClosed", "reason: MOVED", "Language match",
                    "Hash chain verified: 4 events");
        }
        assertThat(api.get("ann", "/api/cases/pdf-1/history?format=xml").status()).isEqualTo(400);
    }

    record Script(int exit, String output) {
    }

    /** Runs scripts/VerifyHistory.java the way an auditor would: the JDK's source launcher, nothing else. */
    private static Script runScript(Path history) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, Path.of("..", "scripts", "VerifyHistory.java").toString(), history.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Script(process.waitFor(), output);
    }

    private void swapSequence(String caseId, long from, long to) {
        stored.tamper("UPDATE domain_event_entry SET sequence_number = ? WHERE aggregate_identifier = ? AND sequence_number = ?",
                to, caseId, from);
    }
}
