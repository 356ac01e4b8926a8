package io.caseledger.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The embedded store keeps events, read models and tokens across a restart on the same data directory. */
class RestartTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CaseLedgerApplication.class).run(
                "--server.port=0",
                "--caseledger.mongodb.embedded.port=0",
                "--caseledger.mongodb.embedded.data-dir=" + dataDir);
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Test
    void cases_projections_and_rules_survive_a_restart() {
        try (ConfigurableApplicationContext first = start()) {
            Api api = api(first);
            assertThat(api.post("alice", "/api/cases", Api.enrolment("restart-1", "Joan", "Baez")).status()).isEqualTo(201);
            await().atMost(Duration.ofSeconds(10)).until(() -> api.get("alice", "/api/cases/restart-1").status() == 200);
        }

        try (ConfigurableApplicationContext second = start()) {
            Api api = api(second);
            Api.Response shown = api.get("alice", "/api/cases/restart-1");
            assertThat(shown.status()).isEqualTo(200);
            assertThat(shown.json().get("clientName").asString()).isEqualTo("Baez, Joan");
            assertThat(api.get("alice", "/api/caseloads/alice").json().get("openCases").asInt()).isEqualTo(1);

            Api.Response again = api.post("alice", "/api/cases", Api.enrolment("restart-1", "Joan", "Baez"));
            assertThat(again.status()).isEqualTo(409);

            // The token survived too: the projection does not replay the old event into a second row.
            assertThat(api.post("alice", "/api/cases", Api.enrolment("restart-2", "Nina", "Simone")).status()).isEqualTo(201);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(api.get("alice", "/api/caseloads/alice").json().get("openCases").asInt()).isEqualTo(2));

            // The chain continues from the stored head: the new link is read back from the store, not a cache.
            assertThat(api.post("alice", "/api/cases/restart-1/closure", "{\"closureReason\":\"MOVED\"}").status()).isEqualTo(200);
            Api.Response verified = api.get("ann", "/api/cases/restart-1/verify");
            assertThat(verified.json().get("verified").asBoolean()).isTrue();
            assertThat(verified.json().get("events").asInt()).isEqualTo(2);
        }
    }
}
