package io.caseledger.query.caseload;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.caseledger.domain.shared.QueryRefused;
import io.caseledger.projections.caseload.CaseloadRow;
import io.caseledger.query.paging.Cursor;
import io.caseledger.query.paging.PageRequest;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseloadQueriesTest {

    private static final Instant NOW = Instant.parse("2026-11-18T12:00:00Z");

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> rows;
    private CaseloadQueries queries;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        var database = client.getDatabase("test");
        rows = database.getCollection(CaseloadRow.COLLECTION);
        rows.insertOne(row("c-2", "alice", "Turing, Alan", "2026-02-01").append(CaseloadRow.LAST_CONTACT, date("2026-11-17T09:00:00Z")));
        rows.insertOne(row("c-1", "alice", "Hopper, Grace", "2026-03-01").append(CaseloadRow.SAFETY_OPEN, true));
        rows.insertOne(row("c-4", "alice", "Lovelace, Ada", "2026-01-15").append(CaseloadRow.LAST_CONTACT, date("2026-11-01T09:00:00Z")));
        rows.insertOne(row("c-3", "bob", "Noether, Emmy", "2026-02-01"));
        rows.insertOne(row("c-5", "alice", "Curie, Marie", "2026-01-01").append(CaseloadRow.STATUS, "CLOSED"));
        io.caseledger.query.KeyedReadModels.index(database);
        queries = new CaseloadQueries(database, Clock.fixed(NOW, ZoneOffset.UTC), AlertThresholds.DEFAULT);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private static Date date(String instant) {
        return Date.from(Instant.parse(instant));
    }

    private static Document row(String caseId, String caseManager, String name, String enrolledOn) {
        return new Document(CaseloadRow.CASE_ID, caseId).append(CaseloadRow.CASE_MANAGER, caseManager)
                .append(CaseloadRow.CLIENT_NAME, name).append(CaseloadRow.STATUS, "ENROLLED")
                .append(CaseloadRow.ENROLLED_ON, enrolledOn).append(CaseloadRow.ENROLLED_SINCE, enrolledOn)
                .append(CaseloadRow.LANGUAGE, "en").append(CaseloadRow.INTERPRETER, false).append(CaseloadRow.INSURANCE, "INSURED");
    }

    private Caseload find(CaseloadSort sort, Alert.Kind alert, int limit, String cursor) {
        String after = cursor == null ? null : Cursor.decode(cursor).orElseThrow().after();
        return queries.handle(new FindCaseload("alice", sort, alert, new PageRequest(limit, after)));
    }

    @Test
    void a_caseload_lists_only_that_case_managers_open_cases_by_client_name() {
        Caseload caseload = queries.handle(new FindCaseload("alice"));

        assertThat(caseload.openCases()).isEqualTo(3);
        assertThat(caseload.cases()).extracting(CaseloadEntry::caseId).containsExactly("c-1", "c-4", "c-2");
        assertThat(caseload.cases().get(0).enrolledOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(caseload.nextCursor()).isNull();
    }

    @Test
    void sorts_by_enrolment_and_by_last_contact_longest_ago_or_never_first() {
        assertThat(find(CaseloadSort.ENROLLED_ON, null, 50, null).cases()).extracting(CaseloadEntry::caseId).containsExactly("c-4", "c-2", "c-1");
        assertThat(find(CaseloadSort.LAST_CONTACT, null, 50, null).cases()).extracting(CaseloadEntry::caseId).containsExactly("c-1", "c-4", "c-2");
    }

    @Test
    void pages_are_stable_when_cases_are_added_and_open_cases_counts_the_whole_caseload() {
        Caseload first = find(CaseloadSort.CLIENT_NAME, null, 2, null);
        assertThat(first.cases()).extracting(CaseloadEntry::caseId).containsExactly("c-1", "c-4");
        assertThat(first.openCases()).isEqualTo(3);

        rows.insertOne(row("c-6", "alice", "Babbage, Charles", "2026-04-01"));
        rows.insertOne(row("c-7", "alice", "Shannon, Claude", "2026-04-01"));
        io.caseledger.query.KeyedReadModels.index(client.getDatabase("test"));
        Caseload second = find(CaseloadSort.CLIENT_NAME, null, 2, first.nextCursor());

        assertThat(second.cases()).extracting(CaseloadEntry::caseId).containsExactly("c-7", "c-2");
        assertThat(second.nextCursor()).isNull();
        assertThat(second.openCases()).isEqualTo(5);
    }

    @Test
    void filters_by_an_alert_computed_at_query_time() {
        assertThat(find(CaseloadSort.CLIENT_NAME, Alert.Kind.SAFETY_FLAG_OPEN, 50, null).cases()).extracting(CaseloadEntry::caseId).containsExactly("c-1");
        // Last contact 2026-11-01: no alert until 30 days have passed, computed from the clock.
        assertThat(find(CaseloadSort.CLIENT_NAME, Alert.Kind.NO_RECENT_CONTACT, 50, null).cases()).extracting(CaseloadEntry::caseId)
                .containsExactly("c-1");
    }

    @Test
    void a_cursor_for_a_case_that_closed_meanwhile_still_works_and_another_managers_case_is_refused() {
        Caseload first = find(CaseloadSort.CLIENT_NAME, null, 1, null);
        rows.updateOne(new Document("_id", "c-1"), new Document("$set", new Document(CaseloadRow.STATUS, "CLOSED")));
        assertThat(find(CaseloadSort.CLIENT_NAME, null, 5, first.nextCursor()).cases()).extracting(CaseloadEntry::caseId).containsExactly("c-4", "c-2");

        String bobs = new Cursor("clientName", "c-3").encode();
        assertThatThrownBy(() -> find(CaseloadSort.CLIENT_NAME, null, 5, bobs)).isInstanceOf(QueryRefused.class);
    }

    @Test
    void an_unknown_case_is_answered_empty() {
        assertThat(queries.handle(new FindCase("nope"))).isEmpty();
        assertThat(queries.handle(new FindCase("c-3"))).get().extracting(CaseloadEntry::caseManagerId).isEqualTo("bob");
    }
}
