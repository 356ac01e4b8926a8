package io.caseledger.app;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The digest is what an auditor can recompute without the application: docs/hash-chain.md's query,
 * run against the store, gives lines whose SHA-256 is the digest's root. Every stream in the store
 * counts (cases and community resources alike), and no head is vouched for that is not a real one.
 */
@HttpTest(properties = HttpTest.OWN_STORES + "=DigestDocHttpTest")
class DigestDocHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;

    @Test
    void the_root_is_the_sha256_of_the_heads_the_documented_query_reads_from_the_store() throws Exception {
        Api api = new Api(port);
        assertThat(api.post("alice", "/api/cases", Api.enrolment("dig-1", "Maria", "Lopez")).status()).isEqualTo(201);
        assertThat(api.post("alice", "/api/cases/dig-1/notes", "{\"text\":\"Second event\"}").status()).isEqualTo(201);
        assertThat(api.post("alice", "/api/resources",
                "{\"resourceId\":\"dig-pantry\",\"details\":{\"name\":\"Pantry\",\"serviceType\":\"COMMUNITY_SERVICE\"}}").status()).isEqualTo(201);
        assertThat(api.get("ann", "/api/cases/dig-1").status()).as("a read-audit event, outside every stream").isEqualTo(200);

        String lines = String.join("\n", new StoredEvents(dataSource).query(documentedQuery())) + "\n";
        assertThat(lines).contains("dig-1 1 ", "dig-pantry 0 ");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode digest = api.get("ann", "/api/audit/digest").json();
            assertThat(digest.get("broken").isEmpty()).isTrue();
            assertThat(digest.get("heads")).allSatisfy(head -> {
                assertThat(head.get("sequence").asLong()).as(head.toString()).isNotNegative();
                assertThat(head.get("headHash").asString()).as(head.toString()).matches("[0-9a-f]{64}");
            });
            assertThat(digest.get("root").asString()).isEqualTo(sha256(lines));
        });
    }

    /** The SQL between {@code <<'SQL'} and {@code SQL} in docs/hash-chain.md. */
    private static String documentedQuery() throws Exception {
        String doc = Files.readString(ProblemCodesDocTest.root().resolve("docs/hash-chain.md"));
        int start = doc.indexOf('\n', doc.indexOf("<<'SQL'")) + 1;
        String sql = doc.substring(start, doc.indexOf("\n  SQL\n", start)).strip();
        return sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql;
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
