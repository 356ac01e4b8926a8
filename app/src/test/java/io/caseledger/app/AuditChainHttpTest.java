package io.caseledger.app;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The hash chain: verified by the server, the digest and the offline script, and broken by tampering behind the application's back. */
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

    private void caseWithHistory(String caseId) {
        CaseHistories.caseWithHistory(api, caseId);
    }

    private JsonNode verify(String caseId) {
        return CaseHistories.verify(api, caseId);
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

    /** Replaces the case id in the payload of the case's event at {@code sequence}, behind the application's back. */
    private void editPayload(String caseId, int sequence) {
        String payload = stored.column(caseId, sequence, "payload");
        assertThat(payload).contains("\"caseId\":\"" + caseId + "\"");
        stored.set(caseId, sequence, "payload", payload.replace("\"caseId\":\"" + caseId + "\"", "\"caseId\":\"ord-x\""));
    }

    private Script exportAndVerifyOffline(Path exports, String caseId) throws Exception {
        return runScript(Files.writeString(exports.resolve(caseId + ".json"), api.get("ann", "/api/cases/" + caseId + "/history?limit=1000").body()));
    }

    @Test
    void the_offline_verifier_and_the_server_agree_on_an_untouched_case_whose_sets_arrived_in_any_order(@TempDir Path exports) throws Exception {
        caseWithConsents("ord-ok");

        Script intact = exportAndVerifyOffline(exports, "ord-ok");

        assertThat(intact.exit()).as(intact.output()).isZero();
        assertThat(intact.output()).contains("VERIFIED 6 events, head " + verify("ord-ok").get("headHash").asString());
    }

    @ParameterizedTest(name = "event {0}")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void the_offline_verifier_and_the_server_find_exactly_the_edited_event(int sequence, @TempDir Path exports) throws Exception {
        String caseId = "ord-" + sequence;
        caseWithConsents(caseId);

        editPayload(caseId, sequence);

        JsonNode server = verify(caseId);
        assertThat(server.get("brokenAtSequence").asLong()).isEqualTo(sequence);
        assertThat(server.get("problem").asString()).isEqualTo("hash-mismatch");
        Script offline = exportAndVerifyOffline(exports, caseId);
        assertThat(offline.exit()).as(offline.output()).isEqualTo(1);
        assertThat(offline.output()).contains("BROKEN at sequence " + sequence + ": hash-mismatch");
    }

    @Test
    void the_digest_vouches_for_no_broken_head() {
        caseWithConsents("ord-dig-ok");
        caseWithConsents("ord-dig-broken");
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("ann", "/api/audit/digest").json().get("heads")
                .findValuesAsString("caseId").containsAll(List.of("ord-dig-ok", "ord-dig-broken")));

        editPayload("ord-dig-broken", 3);

        JsonNode digest = api.get("ann", "/api/audit/digest").json();
        assertThat(digest.get("broken").findValuesAsString("caseId")).contains("ord-dig-broken").doesNotContain("ord-dig-ok");
        assertThat(digest.get("heads").findValuesAsString("caseId")).contains("ord-dig-ok").doesNotContain("ord-dig-broken");
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
