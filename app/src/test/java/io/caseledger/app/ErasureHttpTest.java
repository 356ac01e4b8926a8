package io.caseledger.app;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

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

    @Test
    void erasure_makes_personal_fields_unreadable_everywhere_and_the_chain_still_verifies() throws Exception {
        Api api = new Api(port);
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
        assertThat(api.post("alice", "/api/cases/erase-1/erasure", "{\"basis\":\"RETENTION_PERIOD_ENDED\",\"reference\":\"RR-1\"}").status())
                .as("erasure is for operators, not case managers").isEqualTo(403);
        assertThat(api.post("ada", "/api/cases/erase-1/erasure", "{\"basis\":\"RETENTION_PERIOD_ENDED\",\"reference\":\"RR-1\"}").json()
                .get("code").asString()).as("an open case is never erased").isEqualTo("case-not-closed");

        // Sealed at rest from the first event: the event store holds no personal field in clear.
        assertThat(new StoredEvents(dataSource).everything())
                .doesNotContain(GIVEN, FAMILY, "Odalys", "Marisol").doesNotContain(FREE_TEXT).contains("sealed:v1:");
        assertThat(api.get("alice", "/api/cases/erase-1").body()).contains(GIVEN, FAMILY, NOTE);
        assertThat(api.get("ann", "/api/cases/erase-1/verify").json().get("verified").asBoolean()).isTrue();

        assertThat(api.post("alice", "/api/cases/erase-1/closure", "{\"closureReason\":\"MOVED\"}").status()).isEqualTo(200);
        Api.Response erased = api.post("ada", "/api/cases/erase-1/erasure", "{\"basis\":\"RETENTION_PERIOD_ENDED\",\"reference\":\"RR-1\"}");
        assertThat(erased.status()).isEqualTo(200);

        // Through every endpoint that shows the record.
        String summary = api.get("ann", "/api/cases/erase-1").body();
        assertThat(summary).doesNotContain(PERSONAL).contains("[erased]");
        JsonNode history = api.get("ann", "/api/cases/erase-1/history").json();
        assertThat(history.toString()).doesNotContain(PERSONAL);
        assertThat(history.get("events").findValuesAsString("type")).contains("PersonalDataErased");
        assertThat(api.get("ann", "/api/cases/erase-1/history?format=csv").body()).doesNotContain(PERSONAL);
        assertThat(pdfText("/api/cases/erase-1/history?format=pdf")).doesNotContain(PERSONAL)
                .contains("Hash chain verified");
        assertThat(api.get("ann", "/api/cases/erase-1/diff?fromSequence=0").body()).doesNotContain(PERSONAL);
        assertThat(api.get("ann", "/api/cases/erase-1/verify").json().get("verified").asBoolean())
                .as("the chain covers the sealed form, which erasure does not touch").isTrue();

        // In MongoDB: the projection scrubs its copy of the name. Beside the record: the key is gone, its tombstone stays.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(storedMentionsOfPersonalData()).isEmpty());
        StoredEvents record = new StoredEvents(dataSource);
        assertThat(record.query("SELECT count(*) FROM subject_key WHERE name = 'erase-1' AND value IS NULL AND destroyed_at IS NOT NULL"))
                .containsExactly("1");

        // And after rebuilding every projection from the events.
        assertThat(api.post("ada", "/api/admin/projections/rebuild", "{}").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> database.getCollection("caseload")
                .find(new Document("_id", "erase-1")).first() != null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Document row = database.getCollection("caseload").find(new Document("_id", "erase-1")).first();
            assertThat(row).isNotNull();
            assertThat(row.getString("clientName")).isEqualTo("[erased]");
        });
        assertThat(storedMentionsOfPersonalData()).isEmpty();

        // The offline verifier, on the exported record, agrees.
        Path export = exports.resolve("erase-1.json");
        Files.writeString(export, api.get("ann", "/api/cases/erase-1/history?limit=1000").body());
        String java = ProcessHandle.current().info().command().orElse("java");
        Process script = new ProcessBuilder(java, Path.of("..", "scripts", "VerifyHistory.java").toString(), export.toString())
                .redirectErrorStream(true).start();
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(script.waitFor()).as(output).isZero();

        // Nothing more may be written for nobody; a second erasure is refused too.
        assertThat(api.post("alice", "/api/cases/erase-1/reopening", "{\"reason\":\"returned\"}").json().get("code").asString())
                .isEqualTo("case-erased");
        assertThat(api.post("ada", "/api/cases/erase-1/erasure", "{\"basis\":\"RETENTION_PERIOD_ENDED\",\"reference\":\"RR-1\"}").status())
                .isEqualTo(422);
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
