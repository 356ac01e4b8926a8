package io.caseledger.app;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Rebuilding every projection from the event store yields exactly the documents live processing wrote. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RebuildHttpTest {

    private static final List<String> VIEWS = List.of("caseload", "chain_heads", "access_log", "case_summaries");

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry registry) {
        registry.add("caseledger.mongodb.embedded.data-dir", () -> dataDir.toString());
        registry.add("caseledger.mongodb.embedded.port", () -> 0);
    }

    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;

    private Map<String, List<Document>> views() {
        return VIEWS.stream().collect(java.util.stream.Collectors.toMap(v -> v, this::docs));
    }

    private List<Document> docs(String collection) {
        return database.getCollection(collection).find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }

    private boolean caughtUp(Api api) {
        JsonNode statuses = api.get("ada", "/api/admin/projections").json();
        for (JsonNode status : statuses) {
            if (status.get("rebuilding").asBoolean() || status.get("lagEvents").asLong() != 0) {
                return false;
            }
        }
        return statuses.size() == VIEWS.size();
    }

    @Test
    void a_rebuild_reproduces_the_live_documents_exactly() {
        Api api = new Api(port);
        for (int i = 0; i < 12; i++) {
            String caseId = "rb-" + i;
            api.post("sam", "/api/cases", Api.enrolment(caseId, "Client" + i, "Family" + i)
                    .replace("\"caseId\"", "\"caseManagerId\":\"" + (i % 2 == 0 ? "alice" : "bob") + "\",\"caseId\""));
            if (i % 3 == 0) {
                api.post("sam", "/api/cases/" + caseId + "/transfer", "{\"toCaseManagerId\":\"alice\",\"reason\":\"balance\"}");
            }
            if (i % 4 == 0) {
                api.post("sam", "/api/cases/" + caseId + "/closure", "{\"closureReason\":\"GOALS_MET\"}");
            }
            api.get("ann", "/api/cases/" + caseId);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> caughtUp(api) && docs("access_log").size() == 12);
        Map<String, List<Document>> live = views();
        assertThat(live.get("caseload")).hasSize(12);

        // A stray document only a real reset-and-replay removes.
        database.getCollection("caseload").insertOne(new Document("_id", "stray").append("caseManagerId", "alice"));

        Api.Response started = api.post("ada", "/api/admin/projections/rebuild", "{}");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().findValuesAsString("name")).containsExactlyInAnyOrderElementsOf(List.of("access-log", "case-summary", "caseload", "chain-heads"));

        await().atMost(Duration.ofSeconds(30)).until(() -> caughtUp(api) && docs("access_log").size() == 12);
        assertThat(views()).isEqualTo(live);
    }

    @Test
    void only_admins_operate_projections_and_unknown_ones_are_404() {
        Api api = new Api(port);
        assertThat(api.post("sam", "/api/admin/projections/caseload/rebuild", "{}").status()).isEqualTo(403);
        assertThat(api.get("ann", "/api/admin/projections").status()).isEqualTo(403);
        assertThat(api.post("ada", "/api/admin/projections/no-such/rebuild", "{}").status()).isEqualTo(404);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.get("ada", "/actuator/prometheus").body())
                        .contains("caseledger_projection_lag_events{", "processor=\"caseload\"", "caseledger_projection_rebuilding{"));
    }
}
