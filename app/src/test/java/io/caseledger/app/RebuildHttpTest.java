package io.caseledger.app;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Rebuilding every projection from the event store yields exactly the documents live processing wrote. */
@HttpTest(properties = HttpTest.OWN_STORES + "=RebuildHttpTest")
class RebuildHttpTest {

    private static final List<String> VIEWS = List.of("caseload", "chain_heads", "access_log", "case_summaries", "contacts", "referrals",
            "appointments", "resources");

    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;
    @Autowired
    javax.sql.DataSource dataSource;

    /** Every view, and the caseload owner index with its case ids in order (segments add them in no fixed order). */
    private Map<String, List<Document>> views() {
        Map<String, List<Document>> views = new java.util.HashMap<>(VIEWS.stream().collect(java.util.stream.Collectors.toMap(v -> v, this::docs)));
        views.put("caseloads", docs("caseloads").stream()
                .map(d -> new Document(d).append("openCases", d.getList("openCases", String.class).stream().sorted().toList())).toList());
        return views;
    }

    /** Contacts (one later marked entered in error, two corrected), referrals open and cancelled, appointments missed and followed up. */
    private static void work(Api api, int i, String caseId) {
        String cases = "/api/cases/" + caseId;
        api.post("sam", cases + "/contacts", "{\"mode\":\"PHONE\",\"outcome\":\"" + (i % 2 == 0 ? "SUCCESSFUL" : "ATTEMPTED")
                + "\",\"occurredAt\":\"2026-01-1" + (i % 10) + "T10:00:00Z\"}");
        if (i % 3 == 1) {
            String contact = contactEventId(api, caseId);
            api.post("sam", cases + (i % 2 == 0 ? "/entered-in-error" : "/corrections"), i % 2 == 0
                    ? "{\"eventId\":\"" + contact + "\",\"reason\":\"wrong client\"}"
                    : "{\"correctedEventId\":\"" + contact + "\",\"corrections\":[{\"field\":\"outcome\",\"value\":\"SUCCESSFUL\"}],\"reason\":\"mis-keyed\"}");
        }
        String referral = api.post("sam", cases + "/referrals", "{\"type\":\"TRANSPORT\",\"recipient\":{\"category\":\"TRANSPORT\"},"
                + "\"reason\":\"Rides\",\"dueBy\":\"2026-02-0" + (i % 9 + 1) + "\"}").json().get("referralId").asString();
        if (i % 2 == 1) {
            api.post("sam", cases + "/referrals/" + referral + "/cancellation", "{\"reason\":\"not needed\"}");
        }
        String appointment = api.post("sam", cases + "/appointments", "{\"with\":\"Dr. Okafor\",\"at\":\"2026-01-2" + (i % 10)
                + "T09:00:00Z\",\"location\":\"Clinic\",\"purpose\":\"Review\"}").json().get("appointmentId").asString();
        if (i % 2 == 0) {
            api.post("sam", cases + "/appointments/" + appointment + "/missed", "{}");
        }
    }

    private static String contactEventId(Api api, String caseId) {
        for (JsonNode event : api.get("sam", "/api/cases/" + caseId + "/history").json().get("events")) {
            if (event.get("type").asString().equals("ContactRecorded")) {
                return event.get("eventId").asString();
            }
        }
        throw new AssertionError("no contact recorded");
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
            if (i % 4 != 0) {
                work(api, i, caseId);
            }
            api.get("ann", "/api/cases/" + caseId);
        }
        // The directory: one resource updated, one deactivated, one as registered.
        for (String name : List.of("Rides", "Pantry", "Clinic")) {
            api.post("sam", "/api/resources", "{\"resourceId\":\"rb-" + name + "\",\"details\":{\"name\":\"" + name
                    + "\",\"serviceType\":\"COMMUNITY_SERVICE\",\"languages\":[\"en\"]}}");
        }
        api.post("sam", "/api/resources/rb-Rides/update", "{\"details\":{\"name\":\"Rides\",\"serviceType\":\"TRANSPORT\"}}");
        api.post("sam", "/api/resources/rb-Clinic/deactivation", "{\"reason\":\"Closed\"}");
        // The missed appointments' follow-ups come from a policy, after the events that caused them.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(docs("appointments")).as("follow-ups").filteredOn(d -> d.get("followUp") != null).hasSize(3);
            assertThat(docs("access_log")).as("12 summaries, 3 histories read to find a contact").hasSize(15);
            assertThat(caughtUp(api)).as("caught up").isTrue();
        });
        Map<String, List<Document>> live = views();
        assertThat(live.get("caseload")).hasSize(12);
        List<Document> contacts = live.get("contacts").stream().flatMap(d -> d.get("contacts", Document.class).values().stream())
                .map(Document.class::cast).toList();
        assertThat(contacts).hasSize(9);
        assertThat(contacts).filteredOn(d -> d.getBoolean("enteredInError")).hasSize(1);
        assertThat(contacts).as("three recorded successful, two corrected to it").filteredOn(d -> d.getBoolean("successful")).hasSize(5);
        assertThat(live.get("caseloads")).as("every open case listed once, under its case manager")
                .flatExtracting(d -> d.getList("openCases", String.class)).doesNotHaveDuplicates()
                .hasSize((int) live.get("caseload").stream().filter(r -> r.getString("caseManagerId") != null && !"CLOSED".equals(r.getString("status"))).count());
        assertThat(live.get("referrals")).hasSize(9);
        assertThat(live.get("referrals")).filteredOn(d -> d.get("closedAt") != null).hasSize(6);
        assertThat(live.get("appointments")).hasSize(9);
        assertThat(live.get("resources")).hasSize(3);
        assertThat(live.get("resources")).filteredOn(d -> d.getBoolean("active")).hasSize(2);
        assertThat(live.get("resources")).filteredOn(d -> "TRANSPORT".equals(d.getString("serviceType"))).hasSize(1);

        // A stray document in each view that only a real reset-and-replay removes.
        VIEWS.forEach(view -> database.getCollection(view).insertOne(new Document("_id", "stray").append("caseManagerId", "alice")));

        Api.Response started = api.post("ada", "/api/admin/projections/rebuild", "{}");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().findValuesAsString("name")).containsExactlyInAnyOrderElementsOf(
                List.of("access-log", "appointments", "case-summary", "caseload", "chain-heads", "contacts", "referrals", "resources"));

        await().atMost(Duration.ofSeconds(30)).until(() -> caughtUp(api) && docs("access_log").size() == 15);
        assertThat(views()).isEqualTo(live);
    }

    /** However requests for one projection race, a rebuild starts and the others are told one is already running. */
    @Test
    void concurrent_rebuilds_of_one_projection_start_one_and_say_so_to_the_others() throws Exception {
        Api api = new Api(port);
        for (int i = 0; i < 5; i++) {
            api.post("alice", "/api/cases", Api.enrolment("race-" + i, "Race" + i, "Runner" + i));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> caughtUp(api));
        for (int round = 0; round < 3; round++) {
            var pool = Executors.newFixedThreadPool(6);
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> api.post("ada", "/api/admin/projections/caseload/rebuild", "{}")));
            }
            pool.shutdown();
            int started = 0;
            for (var answer : answers) {
                Api.Response response = answer.get();
                if (response.status() == 202) {
                    started++;
                } else {
                    assertThat(response.status()).as(response.body()).isEqualTo(409);
                    assertThat(response.json().get("code").asString()).isEqualTo("rebuild-in-progress");
                    assertThat(response.json().get("detail").asString()).contains("already running");
                }
            }
            assertThat(started).as("round " + round).isPositive();
            await().atMost(Duration.ofSeconds(30)).until(() -> caughtUp(api));
        }
    }

    /**
     * README's table of MongoDB collections is exactly what a running server writes, once the work below
     * has reached every projection (a read, a missed appointment's follow-up, a resource, the feed).
     */
    @Test
    void readme_lists_every_collection_the_server_writes() throws Exception {
        Api api = new Api(port);
        api.post("alice", "/api/cases", Api.enrolment("coll-1", "Colin", "Lection"));
        api.get("alice", "/api/cases/coll-1");
        String appointment = api.post("alice", "/api/cases/coll-1/appointments", "{\"with\":\"Dr. Okafor\",\"at\":\"2026-01-20T09:00:00Z\","
                + "\"location\":\"Clinic\",\"purpose\":\"Review\"}").json().get("appointmentId").asString();
        api.post("alice", "/api/cases/coll-1/appointments/" + appointment + "/missed", "{}");
        api.post("alice", "/api/resources", "{\"details\":{\"name\":\"Rides\",\"serviceType\":\"TRANSPORT\"}}");
        api.get("rae", "/api/feed");
        await().atMost(Duration.ofSeconds(20)).until(() -> caughtUp(api) && database.getCollection("access_log").countDocuments() > 0);

        Set<String> written = database.listCollectionNames().into(new TreeSet<>());
        String readme = Files.readString(ProblemCodesDocTest.root().resolve("README.md"));
        assertThat(listedIn(readme, "| collection |")).as("README's MongoDB collections").isEqualTo(written);
        Set<String> tables = new TreeSet<>(new StoredEvents(dataSource).query(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'flyway_schema_history'"));
        assertThat(listedIn(readme, "| table |")).as("README's PostgreSQL tables").isEqualTo(tables);
    }

    /** The names in backticks in the first column of the README table whose header starts with {@code header}. */
    private static Set<String> listedIn(String readme, String header) {
        String section = readme.substring(readme.indexOf("### What the stores hold"));
        String table = section.substring(section.indexOf(header), section.indexOf("\n\n", section.indexOf(header)));
        Set<String> listed = new TreeSet<>();
        for (String row : table.lines().skip(2).toList()) {
            Matcher name = Pattern.compile("`([a-z_]+)`").matcher(row.split("\\|")[1]);
            while (name.find()) {
                listed.add(name.group(1));
            }
        }
        return listed;
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
