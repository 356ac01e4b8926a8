package io.caseledger.query.caseload;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.caseledger.projections.caseload.CaseloadRow;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CaseloadQueriesTest {

    private MongoServer server;
    private MongoClient client;
    private CaseloadQueries queries;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        var database = client.getDatabase("test");
        var rows = database.getCollection(CaseloadRow.COLLECTION);
        rows.insertOne(row("c-2", "alice", "Turing, Alan"));
        rows.insertOne(row("c-1", "alice", "Hopper, Grace"));
        rows.insertOne(row("c-3", "bob", "Noether, Emmy"));
        queries = new CaseloadQueries(database, java.time.Clock.systemUTC(), AlertThresholds.DEFAULT);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private static Document row(String caseId, String caseManager, String name) {
        return new Document(CaseloadRow.CASE_ID, caseId).append(CaseloadRow.CASE_MANAGER, caseManager)
                .append(CaseloadRow.CLIENT_NAME, name).append(CaseloadRow.STATUS, "ENROLLED")
                .append(CaseloadRow.ENROLLED_ON, "2026-02-01").append(CaseloadRow.LANGUAGE, "en")
                .append(CaseloadRow.INTERPRETER, false).append(CaseloadRow.INSURANCE, "INSURED");
    }

    @Test
    void a_caseload_lists_only_that_case_managers_cases_by_client_name() {
        Caseload caseload = queries.handle(new FindCaseload("alice"));

        assertThat(caseload.openCases()).isEqualTo(2);
        assertThat(caseload.cases()).extracting(CaseloadEntry::caseId).containsExactly("c-1", "c-2");
        assertThat(caseload.cases().get(0).enrolledOn()).isEqualTo(LocalDate.of(2026, 2, 1));
    }

    @Test
    void an_unknown_case_is_answered_empty() {
        assertThat(queries.handle(new FindCase("nope"))).isEmpty();
        assertThat(queries.handle(new FindCase("c-3"))).get().extracting(CaseloadEntry::caseManagerId).isEqualTo("bob");
    }
}
