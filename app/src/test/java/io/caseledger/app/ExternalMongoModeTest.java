package io.caseledger.app;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.caseledger.app.storage.EmbeddedMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** With a MongoDB URI configured, the embedded server stays off and the read models go to that server. */
class ExternalMongoModeTest {

    @TempDir
    Path dataDir;
    private MongoServer external;

    @BeforeEach
    void startExternalServer() {
        external = new MongoServer(new MemoryBackend());
        external.bind("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        external.shutdownNow();
    }

    @Test
    void the_uri_switches_off_the_embedded_server() {
        String uri = "mongodb://127.0.0.1:" + external.getLocalAddress().getPort();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CaseLedgerApplication.class).run(
                "--server.port=0",
                "--caseledger.mongodb.uri=" + uri,
                "--caseledger.mongodb.database=external",
                "--caseledger.mongodb.embedded.data-dir=" + dataDir)) {

            assertThat(context.getBeanProvider(EmbeddedMongo.class).getIfAvailable()).isNull();
            Api api = new Api(((WebServerApplicationContext) context).getWebServer().getPort());
            assertThat(api.post("alice", "/api/cases", Api.enrolment("ext-1", "Ada", "King")).status()).isEqualTo(201);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() ->
                    api.get("alice", "/api/caseloads/alice").body().contains("ext-1"));
        }

        assertThat(dataDir.resolve("caseledger.mv")).doesNotExist();
        try (MongoClient client = MongoClients.create(uri)) {
            long rows = client.getDatabase("external").getCollection("caseload").countDocuments(new Document("_id", "ext-1"));
            assertThat(rows).as("the read model is in the external server").isEqualTo(1);
        }
    }
}
