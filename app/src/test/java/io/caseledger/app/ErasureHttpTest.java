package io.caseledger.app;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Crypto-shredding end to end: personal fields are sealed at rest from the start; erasing the key
 * makes them unreadable through every endpoint and in every MongoDB collection, also after a rebuild,
 * while the event stream and its hash chain still verify (in the app and with the offline script).
 */
// Cases closed today may be erased: the retention rule itself is covered by ErasureRulesTest.
@HttpTest(properties = "caseledger.privacy.retention=P0D")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErasureHttpTest {

    private static final String GIVEN = "Zephyrine";
    private static final String FAMILY = "Quillfeather";
    private static final String NOTE = "Sister Odalys phoned about the eviction";
    private static final String CONTACT_NOTE = "Discussed Marisol the landlord";
    /** Free text in fields the read models keep a copy of: care team, referral recipient, appointment. */
    private static final List<String> FREE_TEXT = List.of("Wimbourne", "Brackenridge", "Ignatius", "Ottoline", "Pemberton", "Quarrington");
    private static final List<String> PERSONAL = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(GIVEN, FAMILY, "Odalys", "Marisol", "1975-04-02"), FREE_TEXT.stream()).toList();

    @TempDir
    static Path exports;

    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;
    @Autowired
    javax.sql.DataSource dataSource;

    /** Every string value of every document of every collection, as stored. */
    private List<String> everythingStored() {
        List<String> out = new ArrayList<>();
        for (String name : database.listCollectionNames()) {
            for (Document document : database.getCollection(name).find()) {
                out.add(name + ": " + document.toJson());
            }
        }
        return out;
    }

    private List<String> storedMentionsOfPersonalData() {
        return everythingStored().stream().filter(doc -> PERSONAL.stream().anyMatch(doc::contains)).toList();
    }

    private static final String ERASURE = "{\"basis\":\"RETENTION_PERIOD_ENDED\",\"reference\":\"RR-1\"}";
    /** The open case's client, in none of {@link #PERSONAL}: it stays readable, so it must not count as a leak of erase-1's. */
    private static final String KEPT_GIVEN = "Amarantha";
    private static final String KEPT_FAMILY = "Vexleigh";
    private static final String KEPT_NOTE = "Cousin Thaddeus called about the rent";

    private Api api;

    /**
     * erase-1: personal data in every kind of field the read models copy, then closed and erased.
     * keep-1: an open case of another client, never erased.
     */
    @BeforeAll
    void cases() {
        api = new Api(port);
        assertThat(api.post("alice", "/api/cases", Api.enrolment("erase-1", GIVEN, FAMILY)).status()).isEqualTo(201);
        assertThat(api.post("alice", "/api/cases/erase-1/notes", "{\"text\":\"" + NOTE + "\"}").status()).isEqualTo(201);
        assertThat(api.post("alice", "/api/cases/erase-1/contacts", "{\"mode\":\"PHONE\",\"outcome\":\"SUCCESSFUL\","
                + "\"occurredAt\":\"2026-01-10T10:00:00Z\",\"note\":\"" + CONTACT_NOTE + "\"}").status()).isEqualTo(201);
        assertThat(api.post("alice", "/api/cases/erase-1/care-team",
                "{\"role\":\"PCP\",\"name\":\"Dr Wimbourne\",\"organisation\":\"Brackenridge Practice\"}").status()).isEqualTo(201);
        assertThat(api.post("alice", "/api/cases/erase-1/referrals", """
                {"type":"BEHAVIOURAL_HEALTH","recipient":{"organisation":"Brackenridge Trust"},
                 "reason":"Grieving for Ignatius","dueBy":"2030-01-01"}""").status()).isEqualTo(201);
        assertThat(api.post("alice", "/api/cases/erase-1/appointments", "{\"with\":\"Nurse Ottoline\",\"organisation\":\"Pemberton Clinic\","
                + "\"at\":\"2030-01-01T10:00:00Z\",\"location\":\"4 Quarrington Row\",\"purpose\":\"Review for Ignatius\"}").status())
                .isEqualTo(201);
        assertThat(api.post("alice", "/api/cases/erase-1/closure", "{\"closureReason\":\"MOVED\"}").status()).isEqualTo(200);
        assertThat(api.post("ada", "/api/cases/erase-1/erasure", ERASURE).status()).isEqualTo(200);

        assertThat(api.post("alice", "/api/cases", Api.enrolment("keep-1", KEPT_GIVEN, KEPT_FAMILY).replace("1975-04-02", "1981-09-30")).status())
                .isEqualTo(201);
        assertThat(api.post("alice", "/api/cases/keep-1/notes", "{\"text\":\"" + KEPT_NOTE + "\"}").status()).isEqualTo(201);
    }

    @Test
    void erasure_is_for_operators_not_case_managers() {
        assertThat(api.post("alice", "/api/cases/keep-1/erasure", ERASURE).status()).isEqualTo(403);
    }

    @Test
    void an_open_case_is_never_erased() {
        assertThat(api.post("ada", "/api/cases/keep-1/erasure", ERASURE).json().get("code").asString()).isEqualTo("case-not-closed");
    }

    @Test
    void personal_fields_are_sealed_at_rest_from_the_first_event_and_read_in_clear_until_erased() {
        assertThat(new StoredEvents(dataSource).everything()).doesNotContain(KEPT_GIVEN, KEPT_FAMILY, "Thaddeus")
                .doesNotContain(PERSONAL).contains("sealed:v1:");
        assertThat(api.get("alice", "/api/cases/keep-1").body()).contains(KEPT_GIVEN, KEPT_FAMILY, KEPT_NOTE);
        assertThat(api.get("ann", "/api/cases/keep-1/verify").json().get("verified").asBoolean()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/cases/erase-1", "/api/cases/erase-1/history", "/api/cases/erase-1/history?format=csv",
            "/api/cases/erase-1/diff?fromSequence=0"})
    void no_endpoint_shows_the_erased_personal_data(String path) {
        Api.Response answer = api.get("ann", path);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).doesNotContain(PERSONAL);
    }

    @Test
    void the_case_view_shows_erased_fields_as_erased() {
        assertThat(api.get("ann", "/api/cases/erase-1").body()).contains("[erased]");
    }

    @Test
    void the_printable_record_shows_no_erased_personal_data_and_still_verifies() throws Exception {
        assertThat(pdfText("/api/cases/erase-1/history?format=pdf")).doesNotContain(PERSONAL).contains("Hash chain verified");
    }

    @Test
    void the_erasure_is_an_event_in_the_history() {
        assertThat(api.get("ann", "/api/cases/erase-1/history").json().get("events").findValuesAsString("type")).contains("PersonalDataErased");
    }

    @Test
    void the_chain_still_verifies_as_it_covers_the_sealed_form_that_erasure_does_not_touch() {
        assertThat(api.get("ann", "/api/cases/erase-1/verify").json().get("verified").asBoolean()).isTrue();
    }

    @Test
    void no_read_model_keeps_a_copy_of_the_erased_personal_data() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(storedMentionsOfPersonalData()).isEmpty());
    }

    @Test
    void the_key_is_destroyed_and_its_tombstone_stays() {
        assertThat(new StoredEvents(dataSource).query(
                "SELECT count(*) FROM subject_key WHERE name = 'erase-1' AND value IS NULL AND destroyed_at IS NOT NULL")).containsExactly("1");
    }

    @Test
    void a_rebuild_of_every_projection_brings_no_erased_personal_data_back() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(storedMentionsOfPersonalData()).isEmpty());

        assertThat(api.post("ada", "/api/admin/projections/rebuild", "{}").status()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Document row = database.getCollection("caseload").find(new Document("_id", "erase-1")).first();
            assertThat(row).isNotNull();
            assertThat(row.getString("clientName")).isEqualTo("[erased]");
        });
        assertThat(storedMentionsOfPersonalData()).isEmpty();
        // Caught up before the next test reads a view.
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("ada", "/api/admin/projections").json().findValues("rebuilding")
                .stream().noneMatch(rebuilding -> rebuilding.asBoolean()));
    }

    @Test
    void the_offline_verifier_agrees_on_the_erased_record() throws Exception {
        Path export = Files.writeString(exports.resolve("erase-1.json"), api.get("ann", "/api/cases/erase-1/history?limit=1000").body());
        String java = ProcessHandle.current().info().command().orElse("java");
        Process script = new ProcessBuilder(java, Path.of("..", "scripts", "VerifyHistory.java").toString(), export.toString())
                .redirectErrorStream(true).start();
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(script.waitFor()).as(output).isZero();
    }

    @Test
    void an_erased_case_takes_no_new_event() {
        assertThat(api.post("alice", "/api/cases/erase-1/reopening", "{\"reason\":\"returned\"}").json().get("code").asString())
                .isEqualTo("case-erased");
    }

    @Test
    void a_case_is_erased_only_once() {
        assertThat(api.post("ada", "/api/cases/erase-1/erasure", ERASURE).status()).isEqualTo(422);
    }

    @Test
    void an_unknown_erasure_basis_is_a_400_naming_it() {
        assertThat(api.post("ada", "/api/cases/erase-1/erasure", "{\"basis\":\"FORGET_IT\",\"reference\":\"RR-1\"}").json()
                .get("field").asString()).isEqualTo("basis");
    }

    private String pdfText(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("ann:ann-demo".getBytes())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
    }
}
