package io.caseledger.app.storage;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.caseledger.app.Api;
import io.caseledger.app.CaseLedgerApplication;
import io.caseledger.app.StoredEvents;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two app instances on one PostgreSQL and one MongoDB, as a scaled-out deployment runs them. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    @TempDir
    static Path dir;
    static EmbeddedPostgresServer postgres;
    static MongoServer mongo;
    static ConfigurableApplicationContext one;
    static ConfigurableApplicationContext two;

    @BeforeAll
    static void start() {
        postgres = new EmbeddedPostgresServer(new PostgresSettings.Embedded(dir.resolve("pg"), 0, "shared"));
        mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        one = node("one");
        two = node("two");
    }

    private static ConfigurableApplicationContext node(String name) {
        return new SpringApplicationBuilder(CaseLedgerApplication.class).run(
                "--server.port=0",
                "--caseledger.postgres.url=" + postgres.jdbcUrl(),
                "--caseledger.mongodb.uri=mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort(),
                "--caseledger.mongodb.embedded.data-dir=" + dir.resolve(name),
                "--caseledger.node-id=" + name);
    }

    @AfterAll
    static void stop() throws Exception {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[]{one, two}) {
            if (node != null && node.isActive()) {
                node.close();
            }
        }
        mongo.shutdownNow();
        postgres.close();
    }

    private static Api api(ConfigurableApplicationContext node) {
        return new Api(((WebServerApplicationContext) node).getWebServer().getPort());
    }

    @Test
    @Order(1)
    void a_node_never_decides_on_a_case_another_node_has_changed_since_it_cached_it() {
        Api a = api(one);
        Api b = api(two);
        assertThat(a.post("alice", "/api/cases", Api.enrolment("two-1", "Ana", "Lima")).status()).isEqualTo(201);
        assertThat(a.post("alice", "/api/cases/two-1/contacts", "{\"mode\":\"PHONE\",\"outcome\":\"SUCCESSFUL\"}").status())
                .as("node one now holds the open case in its cache").isEqualTo(201);
        assertThat(b.post("alice", "/api/cases/two-1/closure", "{\"closureReason\":\"MOVED\"}").status()).isEqualTo(200);

        // On the cached open case node one would accept the contact and lose the append race (409);
        // on the case as stored it refuses it by the rule.
        Api.Response late = a.post("alice", "/api/cases/two-1/contacts", "{\"mode\":\"PHONE\",\"outcome\":\"SUCCESSFUL\"}");
        assertThat(late.status()).as("decided on the closed case, not on the cached open one").isEqualTo(422);
        assertThat(late.json().get("code").asString()).isEqualTo("case-closed");
    }

    @Test
    @Order(2)
    void commands_for_one_case_at_both_nodes_lose_no_update_and_keep_the_chain() throws Exception {
        Api a = api(one);
        Api b = api(two);
        assertThat(a.post("alice", "/api/cases", Api.enrolment("two-2", "Luz", "Reyes")).status()).isEqualTo(201);
        ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 40; i++) {
            Api node = i % 2 == 0 ? a : b;
            clients.submit(() -> statuses.add(node.post("alice", "/api/cases/two-2/contacts",
                    "{\"mode\":\"PHONE\",\"outcome\":\"SUCCESSFUL\"}").status()));
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

        assertThat(statuses).hasSize(40).allMatch(s -> s == 201 || s == 409);
        long accepted = statuses.stream().filter(s -> s == 201).count();
        assertThat(accepted).isPositive();
        StoredEvents record = new StoredEvents(one.getBean(DataSource.class));
        assertThat(record.count("two-2")).as("every 201 stored, nothing else").isEqualTo(1 + accepted);
        assertThat(b.get("ann", "/api/cases/two-2/verify").json().get("verified").asBoolean()).isTrue();
    }

    /** Last: it stops a node. */
    @Test
    @Order(3)
    void every_segment_of_a_projection_runs_on_one_node_and_moves_to_the_other_when_that_node_stops() {
        List<String> names = List.of("caseload", "contacts", "referrals");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String name : names) {
                Set<Integer> atOne = segments(one, name);
                Set<Integer> atTwo = segments(two, name);
                assertThat(atOne).as("%s: no segment at both nodes", name).noneMatch(atTwo::contains);
                assertThat(union(atOne, atTwo)).as("%s: every segment claimed", name).containsExactlyInAnyOrder(0, 1);
            }
        });
        ConfigurableApplicationContext holder = segments(one, "caseload").isEmpty() ? two : one;
        ConfigurableApplicationContext other = holder == one ? two : one;
        holder.close();

        Api survivor = api(other);
        assertThat(survivor.post("alice", "/api/cases", Api.enrolment("two-3", "Rui", "Costa")).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(segments(other, "caseload")).containsExactlyInAnyOrder(0, 1);
            assertThat(survivor.get("alice", "/api/caseloads/alice").body()).contains("two-3");
        });
    }

    private static Set<Integer> segments(ConfigurableApplicationContext node, String processor) {
        return node.isActive() ? node.getBean(EventProcessingConfiguration.class)
                .eventProcessor(processor, StreamingEventProcessor.class)
                .map(p -> Set.copyOf(p.processingStatus().keySet())).orElse(Set.of()) : Set.of();
    }

    private static Set<Integer> union(Set<Integer> a, Set<Integer> b) {
        Set<Integer> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
