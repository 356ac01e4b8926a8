package io.caseledger.app.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.caseledger.app.Api;
import io.caseledger.app.CaseLedgerApplication;
import io.caseledger.app.StoredEvents;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A node killed with -9 while its projection segments are working through a stream of new events: the
 * other node claims those segments once their claims expire, and picks up from the dead node's last
 * stored token. Whatever the dead node wrote of a batch whose token it never stored is delivered again;
 * the views end exactly as the record says, nothing lost, nothing applied twice.
 */
class KilledNodeHandoverTest {

    @TempDir
    Path dir;

    @Test
    void a_node_killed_under_load_hands_its_segments_over_and_the_views_match_the_record() throws Exception {
        try (EmbeddedPostgresServer postgres = new EmbeddedPostgresServer(new PostgresSettings.Embedded(dir.resolve("pg"), 0, "shared"))) {
            MongoServer mongo = new MongoServer(new MemoryBackend());
            mongo.bind("127.0.0.1", 0);
            String mongoUri = "mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort();
            int port = freePort();
            Process doomed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    "-cp", System.getProperty("java.class.path"), CaseLedgerApplication.class.getName(),
                    "--server.port=" + port, "--caseledger.postgres.url=" + postgres.jdbcUrl(), "--caseledger.mongodb.uri=" + mongoUri,
                    "--caseledger.mongodb.embedded.data-dir=" + dir.resolve("doomed"), "--caseledger.node-id=doomed",
                    "--logging.level.root=warn")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("doomed.log").toFile()).start();
            Api api = new Api(port);
            // Up first, so it claims the projections' segments: it must hold work to hand over. A JVM of its
            // own starting on two busy cores can take minutes; its log says why if it never comes up.
            try {
                await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                        .until(() -> api.get("ada", "/api/admin/projections").status() == 200);
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                throw new AssertionError("the first node did not start; its log:\n" + java.nio.file.Files.readString(dir.resolve("doomed.log")), e);
            }
            try (ConfigurableApplicationContext survivor = new SpringApplicationBuilder(CaseLedgerApplication.class).run(
                    "--server.port=0", "--caseledger.postgres.url=" + postgres.jdbcUrl(), "--caseledger.mongodb.uri=" + mongoUri,
                    "--caseledger.mongodb.embedded.data-dir=" + dir.resolve("survivor"), "--caseledger.node-id=survivor");
                 MongoClient client = MongoClients.create(mongoUri)) {
                assertThat(segments(survivor, "caseload")).as("segments the survivor does not hold").hasSizeLessThan(2);
                assertThat(segments(survivor, "contacts")).hasSizeLessThan(2);

                AtomicInteger next = new AtomicInteger();
                ExecutorService load = Executors.newFixedThreadPool(4);
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                for (int t = 0; t < 4; t++) {
                    load.submit(() -> {
                        while (System.nanoTime() < until) {
                            String id = "handover-" + next.incrementAndGet();
                            if (api.post("alice", "/api/cases", Api.enrolment(id, "Kim", "Park")).status() == 201) {
                                api.post("alice", "/api/cases/" + id + "/contacts", "{\"mode\":\"PHONE\",\"outcome\":\"SUCCESSFUL\"}");
                                api.post("alice", "/api/cases/" + id + "/contacts", "{\"mode\":\"PHONE\",\"outcome\":\"ATTEMPTED\"}");
                            }
                        }
                        return null;
                    });
                }
                await().atMost(Duration.ofSeconds(60)).until(() -> next.get() >= 40);
                doomed.destroyForcibly();
                doomed.waitFor(30, TimeUnit.SECONDS);
                load.shutdownNow();
                load.awaitTermination(30, TimeUnit.SECONDS);

                await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                    assertThat(segments(survivor, "caseload")).containsExactlyInAnyOrder(0, 1);
                    assertThat(segments(survivor, "contacts")).containsExactlyInAnyOrder(0, 1);
                });
                StoredEvents record = new StoredEvents(survivor.getBean(DataSource.class));
                // The caseload row's version is the last event that changed it: an attempted contact does not.
                Map<String, Long> lastSequence = record.query("SELECT aggregate_identifier || '=' || max(sequence_number) FROM domain_event_entry "
                                + "WHERE aggregate_identifier LIKE 'handover-%' AND NOT (payload_type LIKE '%ContactRecorded' AND payload LIKE '%\"ATTEMPTED\"%') "
                                + "GROUP BY aggregate_identifier").stream()
                        .collect(Collectors.toMap(s -> s.substring(0, s.indexOf('=')), s -> Long.parseLong(s.substring(s.indexOf('=') + 1))));
                Map<String, Long> successfulContacts = record.query("SELECT aggregate_identifier || '=' || count(*) FROM domain_event_entry "
                                + "WHERE aggregate_identifier LIKE 'handover-%' AND payload_type LIKE '%ContactRecorded' AND payload LIKE '%\"SUCCESSFUL\"%' "
                                + "GROUP BY aggregate_identifier").stream()
                        .collect(Collectors.toMap(s -> s.substring(0, s.indexOf('=')), s -> Long.parseLong(s.substring(s.indexOf('=') + 1))));
                assertThat(lastSequence).hasSizeGreaterThan(10);

                MongoDatabase views = client.getDatabase("caseledger");
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    Map<String, Long> rowVersions = views.getCollection("caseload").find(new Document("_id", new Document("$regex", "^handover-")))
                            .into(new java.util.ArrayList<>()).stream()
                            .collect(Collectors.toMap(d -> d.getString("_id"), d -> d.getLong("version")));
                    assertThat(rowVersions).as("every case's row at the last event that changed it").isEqualTo(lastSequence);
                });
                for (Document contacts : views.getCollection("contacts").find(new Document("_id", new Document("$regex", "^handover-")))) {
                    long successful = contacts.get("contacts", Document.class).values().stream()
                            .filter(c -> ((Document) c).getBoolean("successful")).count();
                    assertThat(successful).as("contacts of %s, none lost, none twice", contacts.getString("_id"))
                            .isEqualTo(successfulContacts.getOrDefault(contacts.getString("_id"), 0L));
                }
                List<String> open = views.getCollection("caseloads").find(new Document("_id", "alice")).first().getList("openCases", String.class);
                assertThat(open.stream().filter(id -> id.startsWith("handover-")).collect(Collectors.toSet())).isEqualTo(lastSequence.keySet());
            } finally {
                doomed.destroyForcibly();
                mongo.shutdownNow();
            }
        }
    }

    private static Set<Integer> segments(ConfigurableApplicationContext node, String processor) {
        return node.getBean(EventProcessingConfiguration.class).eventProcessor(processor, StreamingEventProcessor.class)
                .map(p -> Set.copyOf(p.processingStatus().keySet())).orElse(Set.of());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
