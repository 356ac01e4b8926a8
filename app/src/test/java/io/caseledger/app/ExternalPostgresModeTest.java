package io.caseledger.app;

import io.caseledger.app.storage.EmbeddedPostgresServer;
import io.caseledger.app.storage.PostgresSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With CASELEDGER_POSTGRES_URL set, the app starts no PostgreSQL of its own and keeps the record in
 * that server. The "external" server here is one the test starts itself, as an operator would run one.
 */
class ExternalPostgresModeTest {

    @Test
    void the_url_switches_off_the_embedded_server_and_the_record_goes_to_that_server(@TempDir Path serverDir,
                                                                                      @TempDir Path appDir) throws Exception {
        try (EmbeddedPostgresServer external = new EmbeddedPostgresServer(new PostgresSettings.Embedded(serverDir, 0, "records"))) {
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CaseLedgerApplication.class).run(
                    "--server.port=0",
                    "--caseledger.postgres.url=" + external.jdbcUrl(),
                    "--caseledger.mongodb.embedded.data-dir=" + appDir,
                    "--caseledger.mongodb.embedded.port=0")) {

                assertThat(context.getBeanProvider(EmbeddedPostgresServer.class).getIfAvailable()).isNull();
                Api api = new Api(((WebServerApplicationContext) context).getWebServer().getPort());
                assertThat(api.post("alice", "/api/cases", Api.enrolment("extpg-1", "Ada", "King")).status()).isEqualTo(201);
            }
            assertThat(appDir.resolve("postgres")).as("no embedded data directory").doesNotExist();
            try (var c = DriverManager.getConnection(external.jdbcUrl());
                 var r = c.createStatement().executeQuery(
                         "SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = 'extpg-1'")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).endsWith("ClientEnrolled");
            }
        }
    }
}
