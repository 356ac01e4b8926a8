package io.caseledger.app.storage;

import io.caseledger.app.Api;
import io.caseledger.app.CaseLedgerApplication;
import io.caseledger.app.StoredEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * kill -9 of the JVM under load: the next start ends the PostgreSQL it left running, every command
 * acknowledged before the kill is in the record with its chain intact, a read store left unreadable
 * is started over and rebuilt, and the missed-appointment policy does not act on history again.
 */
class CrashRecoveryTest {

    @TempDir
    Path dataDir;

    @Test
    void every_acknowledged_command_survives_kill_minus_nine_and_the_orphaned_server_is_ended() throws Exception {
        int port = freePort();
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), CaseLedgerApplication.class.getName(),
                "--server.port=" + port, "--caseledger.mongodb.embedded.data-dir=" + dataDir,
                "--caseledger.mongodb.embedded.port=0", "--caseledger.postgres.embedded.port=0", "--logging.level.root=warn")
                .redirectErrorStream(true).redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile()).start();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        String appointmentId;
        try {
            Api api = new Api(port);
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> api.get("ann", "/actuator/health").status() == 200);
            assertThat(api.post("alice", "/api/cases", Api.enrolment("crash-policy", "Ana", "Lima")).status()).isEqualTo(201);
            appointmentId = api.post("alice", "/api/cases/crash-policy/appointments", "{\"with\":\"Dr. Okafor\",\"organisation\":\"Clinic\","
                    + "\"at\":\"" + Instant.now().minusSeconds(3600) + "\",\"location\":\"1 Main St\",\"purpose\":\"Review\"}")
                    .json().get("appointmentId").asString();
            assertThat(api.post("alice", "/api/cases/crash-policy/appointments/" + appointmentId + "/missed", "{}").status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(20)).until(() -> api.get("alice", "/api/cases/crash-policy").body().contains("MISSED_APPOINTMENT"));

            AtomicInteger next = new AtomicInteger();
            ExecutorService load = Executors.newFixedThreadPool(4);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            for (int t = 0; t < 4; t++) {
                load.submit(() -> {
                    while (System.nanoTime() < until) {
                        String id = "crash-" + next.incrementAndGet();
                        if (api.post("alice", "/api/cases", Api.enrolment(id, "Kim", "Park")).status() == 201) {
                            acknowledged.add(id);
                        }
                    }
                    return null;
                });
            }
            // Killed while the load still runs: some requests are in flight, some not yet answered.
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 20);
            app.destroyForcibly();
            app.waitFor(30, TimeUnit.SECONDS);
            load.shutdownNow();
            load.awaitTermination(30, TimeUnit.SECONDS);
        } finally {
            app.destroyForcibly();
        }
        Path postgresDir = dataDir.resolve("postgres");
        ProcessHandle orphan = OrphanPostmaster.find(postgresDir).orElseThrow(() -> new AssertionError("kill -9 left no server behind"));
        assertThat(acknowledged).hasSizeGreaterThan(5);
        // Simulates the worst the H2 file has done after a crash: unreadable.
        Files.write(dataDir.resolve("caseledger.mv"), new byte[8192]);

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(CaseLedgerApplication.class).run(
                "--server.port=0", "--caseledger.mongodb.embedded.data-dir=" + dataDir,
                "--caseledger.mongodb.embedded.port=0", "--caseledger.postgres.embedded.port=0")) {
            assertThat(orphan.isAlive()).isFalse();
            EmbeddedPostgresServer postgres = restarted.getBean(EmbeddedPostgresServer.class);
            assertThat(postgres.recoveredOrphan()).isTrue();
            assertThat(restarted.getBean(EmbeddedMongo.class).reset()).isPresent();
            Api api = new Api(((WebServerApplicationContext) restarted).getWebServer().getPort());
            assertThat(api.get("ada", "/api/admin/stores").json().get("readStoreReset").get("cause").asString()).isNotBlank();

            StoredEvents record = new StoredEvents(restarted.getBean(DataSource.class));
            for (String id : acknowledged) {
                assertThat(record.count(id)).as("acknowledged %s is in the record", id).isEqualTo(1);
                assertThat(api.get("ann", "/api/cases/" + id + "/verify").json().get("verified").asBoolean()).isTrue();
            }
            List<String> stored = record.query("SELECT aggregate_identifier FROM domain_event_entry WHERE aggregate_identifier LIKE 'crash-%' "
                    + "AND payload_type LIKE '%ClientEnrolled'");
            // The read store started empty and rebuilt itself from the record: every stored case is back.
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(api.get("alice", "/api/caseloads/alice").json().get("openCases").asInt()).isEqualTo(stored.size()));
            // The policy's token lived with the record: no second follow-up task for the same missed appointment.
            Thread.sleep(1_000);
            assertThat(record.query("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = 'crash-policy' "
                    + "AND payload_type LIKE '%FollowUpTaskCreated'")).containsExactly("1");
            postgres.process(); // running now
        }
        assertThat(OrphanPostmaster.find(postgresDir)).as("a clean stop leaves no server running").isEmpty();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
