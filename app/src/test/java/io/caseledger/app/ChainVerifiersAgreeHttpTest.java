package io.caseledger.app;

import io.caseledger.domain.shared.StreamType;
import io.caseledger.domain.access.CaseRecordAccessed;
import io.caseledger.domain.catalogue.EventCatalogue;
import io.caseledger.domain.enrolment.ClientEnrolled;
import io.caseledger.domain.shared.MetadataKeys;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The server's /verify and the offline verifier (scripts/VerifyHistory.java on a history export) agree
 * for every event type in the catalogue: a stream holding it (every text a marker with characters JSON
 * must escape, every collection several elements) verifies in both; one character changed in its
 * stored payload, sealed or clear, breaks both at exactly that event.
 */
@HttpTest
class ChainVerifiersAgreeHttpTest {

    /** Quotes, backslash, slash, control characters, DEL, a line separator, non-ASCII and a surrogate pair. */
    private static final String TAIL = " \"q\" \\ / \n\t\r\b\f \u0001\u001f\u007f \u2028 é ∑ \uD83D\uDE00 <&>";
    private static final Pattern CLEAR_MARKER = Pattern.compile("mk\\d{5}x");
    private static final String SEALED = "sealed:v1:";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path work;

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    DataSource dataSource;

    @TestFactory
    Stream<DynamicTest> both_verifiers_pass_every_event_type_untouched_and_name_the_edited_event() throws Exception {
        OfflineVerifier script = new OfflineVerifier(Files.createDirectories(work.resolve("classes")));
        MarkedEvents marked = new MarkedEvents(TAIL);
        // Read audit stands outside the case streams: nothing chains it.
        return EventCatalogue.entries().stream().map(EventCatalogue.Entry::type).filter(type -> type != CaseRecordAccessed.class)
                .map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> check(type, marked, script)));
    }

    /**
     * The digest's root is what an auditor recomputes from the store with the SQL in docs/hash-chain.md
     * (less the streams the digest names broken), for every kind of stream the store chains.
     */
    @Test
    void the_digest_root_is_what_the_documented_sql_recomputes_from_the_store() throws Exception {
        Api api = new Api(port);
        assertThat(api.post("alice", "/api/cases", Api.enrolment("digest-case", "Ruth", "Bader")).status()).isEqualTo(201);
        Api.Response resource = api.post("alice", "/api/resources", """
                {"details":{"name":"Eastside Food Pantry","serviceType":"COMMUNITY_SERVICE","languages":["en","es"]}}""");
        assertThat(resource.status()).isEqualTo(201);
        assertThat(api.post("alice", "/api/cases", Api.enrolment("digest-gone", "Ruth", "Bader")).status()).isEqualTo(201);
        Matcher recipe = Pattern.compile("<<'SQL'\\n(.*?);?\\n\\s*SQL\\n", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("..", "docs", "hash-chain.md")));
        assertThat(recipe.find()).as("docs/hash-chain.md gives the SQL for the heads").isTrue();
        StoredEvents stored = new StoredEvents(dataSource);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("ann", "/api/audit/digest").body().contains("digest-gone"));
        stored.tamper("DELETE FROM domain_event_entry WHERE aggregate_identifier = ?", "digest-gone");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode digest = api.get("ann", "/api/audit/digest").json();
            List<String> broken = digest.get("broken").findValuesAsString("caseId");
            StringBuilder lines = new StringBuilder();
            for (String line : stored.query(recipe.group(1))) {
                if (!broken.contains(line.substring(0, line.indexOf(' ')))) {
                    lines.append(line).append('\n');
                }
            }
            assertThat(lines).contains("digest-case 0 ", resource.json().get("resourceId").asString() + " 0 ");
            List<String> verdicts = new ArrayList<>();
            digest.get("broken").forEach(b -> verdicts.add(
                    b.get("caseId").asString() + " " + b.get("brokenAtSequence").asLong() + " " + b.get("problem").asString()));
            assertThat(verdicts).as("a deleted stream").contains("digest-gone 0 sequence-gap");
            assertThat(digest.get("root").asString()).as("digest %s, heads by SQL:%n%s", digest, lines).isEqualTo(sha256(lines.toString()));
        });
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private void check(Class<? extends Record> type, MarkedEvents marked, OfflineVerifier script) throws Exception {
        String stream = "chain-" + type.getSimpleName();
        append(stream, 0, withStream(marked.build(ClientEnrolled.class), stream), marked);
        append(stream, 1, withStream(marked.build(type), stream), marked);
        Api api = new Api(port);

        JsonNode server = verify(api, stream);
        assertThat(server.get("verified").asBoolean()).as("%s, server: %s", type.getSimpleName(), server).isTrue();
        assertThat(server.get("events").asInt()).isEqualTo(2);
        OfflineVerifier.Result intact = script.run(export(api, stream, "intact"));
        assertThat(intact.exit()).as("%s: %s", type.getSimpleName(), intact.output()).isZero();
        assertThat(intact.output()).contains("VERIFIED 2 events, head " + server.get("headHash").asString());

        StoredEvents stored = new StoredEvents(dataSource);
        String payload = stored.column(stream, 1, "payload");
        String edited = oneCharacterChanged(payload);
        assertThat(edited).isNotEqualTo(payload);
        stored.set(stream, 1, "payload", edited);

        JsonNode broken = verify(api, stream);
        assertThat(broken.get("brokenAtSequence").asLong()).as("%s, server: %s", type.getSimpleName(), broken).isEqualTo(1);
        assertThat(broken.get("problem").asString()).isEqualTo("hash-mismatch");
        Path export = export(api, stream, "edited");
        assertThat(JSON.readTree(export.toFile()).get("events").get(1).get("storedPayload"))
                .as("the export carries the stored text, not the payload written anew").isEqualTo(JSON.readTree(edited));
        OfflineVerifier.Result offline = script.run(export);
        assertThat(offline.exit()).as("%s: %s", type.getSimpleName(), offline.output()).isEqualTo(1);
        assertThat(offline.output()).contains("BROKEN at sequence 1: hash-mismatch");
    }

    /** As a command's events are appended: in a unit of work, so the chain is stamped and personal fields sealed. */
    private void append(String stream, long sequence, Record payload, MarkedEvents marked) {
        String type = payload.getClass().getSimpleName();
        MetaData metadata = MetaData.from(Map.of(MetadataKeys.USER, marked.marker(type + " metadata userId", false, false),
                MetadataKeys.ROLE, "CASE_MANAGER", MetadataKeys.REASON, marked.marker(type + " metadata reason", false, false),
                MetadataKeys.CORRELATION_ID, marked.marker(type + " metadata correlationId", false, false)));
        ResultMessage<?> result = DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> {
            eventStore.publish(new GenericDomainEventMessage<>(StreamType.CASE, stream, sequence, payload, metadata));
            return null;
        });
        assertThat(result.isExceptional()).as("appending %s: %s", type, result.optionalExceptionResult()).isFalse();
    }

    /** A sealed value if the payload has one (a base64 character swapped), else a clear text (its marker's x). */
    private static String oneCharacterChanged(String payload) {
        int sealed = payload.indexOf(SEALED);
        if (sealed >= 0) {
            int at = sealed + SEALED.length() + 5;
            return payload.substring(0, at) + (payload.charAt(at) == 'A' ? 'B' : 'A') + payload.substring(at + 1);
        }
        Matcher clear = CLEAR_MARKER.matcher(payload);
        if (clear.find()) {
            return payload.substring(0, clear.end() - 1) + 'y' + payload.substring(clear.end());
        }
        return payload.replaceFirst("\"chain-", "\"chaim-");
    }

    private JsonNode verify(Api api, String stream) {
        Api.Response report = api.get("ann", "/api/cases/" + stream + "/verify");
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        return report.json();
    }

    private Path export(Api api, String stream, String name) throws Exception {
        Api.Response history = api.get("ann", "/api/cases/" + stream + "/history?limit=1000");
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        return Files.writeString(work.resolve(stream + "-" + name + ".json"), history.body());
    }

    /** The record with its stream's id (caseId, or resourceId for a directory entry) set to {@code stream}. */
    private static Record withStream(Record record, String stream) throws ReflectiveOperationException {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            values[i] = name.equals("caseId") || name.equals("resourceId") ? stream : components[i].getAccessor().invoke(record);
            types[i] = components[i].getType();
        }
        return record.getClass().getDeclaredConstructor(types).newInstance(values);
    }
}
