package io.caseledger.query.referrals;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.caseledger.domain.referral.ReferralStatus;
import io.caseledger.domain.scope.TeamRoster;
import io.caseledger.projections.caseload.CaseloadRow;
import io.caseledger.projections.referrals.ReferralTrackerProjection;
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
import java.util.List;

import static io.caseledger.projections.referrals.ReferralTrackerProjection.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The referral tracker with a fixed clock: overdue from the day after the due date, closed ones for 30 days. */
class ReferralQueriesTest {

    private static final Instant NOW = Instant.parse("2026-11-18T12:00:00Z");

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        database = client.getDatabase("test");
        var rows = database.getCollection(CaseloadRow.COLLECTION);
        rows.insertOne(row("c1", "alice", "ENROLLED"));
        rows.insertOne(row("c2", "bob", "ENROLLED"));
        rows.insertOne(row("c3", "alice", "CLOSED"));
        var referrals = database.getCollection(COLLECTION);
        referrals.insertOne(referral("c1", "due-today", "SENT", "2026-11-18", null));
        referrals.insertOne(referral("c1", "due-yesterday", "ACCEPTED", "2026-11-17", null));
        referrals.insertOne(referral("c1", "closed-recently", "COMPLETED", "2026-11-01", "2026-10-20T00:00:00Z"));
        referrals.insertOne(referral("c1", "closed-long-ago", "CLOSED", "2026-09-01", "2026-10-18T11:59:59Z"));
        referrals.insertOne(referral("c2", "bobs", "CREATED", "2026-12-01", null));
        referrals.insertOne(referral("c3", "closed-case", "SENT", "2026-11-02", null));
        io.caseledger.query.KeyedReadModels.index(database);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private static Document row(String caseId, String caseManager, String status) {
        return new Document(CaseloadRow.CASE_ID, caseId).append(CaseloadRow.CASE_MANAGER, caseManager)
                .append(CaseloadRow.CLIENT_NAME, "Client " + caseId).append(CaseloadRow.STATUS, status);
    }

    private static Document referral(String caseId, String referralId, String status, String dueBy, String closedAt) {
        Document doc = new Document("_id", ReferralTrackerProjection.id(caseId, referralId)).append(CASE_ID, caseId).append(REFERRAL_ID, referralId)
                .append(STATUS, status).append(TYPE, "TRANSPORT").append(URGENCY, "ROUTINE")
                .append(RECIPIENT, new Document("organisation", null).append("category", "TRANSPORT")).append(DUE_BY, dueBy);
        return closedAt == null ? doc : doc.append(CLOSED_AT, Date.from(Instant.parse(closedAt)));
    }

    private ReferralList find(List<String> caseManagers, ReferralStatus status, int limit, String cursor) {
        ReferralQueries queries = new ReferralQueries(database, Clock.fixed(NOW, ZoneOffset.UTC),
                TeamRoster.of(java.util.Map.of("alice", "north", "bob", "north")));
        String after = cursor == null ? null : Cursor.decode(cursor).orElseThrow().after();
        PageRequest page = new PageRequest(limit, after);
        return caseManagers.size() == 1 ? queries.handle(new FindCaseloadReferrals(caseManagers.get(0), status, page))
                : queries.handle(new FindTeamReferrals("north", status, page));
    }

    @Test
    void open_and_recently_closed_referrals_of_open_cases_by_due_date_with_overdue_judged_today() {
        List<ReferralList.TrackedReferral> referrals = find(List.of("alice"), null, 50, null).referrals();

        assertThat(referrals).extracting(ReferralList.TrackedReferral::referralId).containsExactly("closed-recently", "due-yesterday", "due-today");
        assertThat(referrals).extracting(ReferralList.TrackedReferral::overdue).containsExactly(false, true, false);
        assertThat(referrals.get(0).closedAt()).isEqualTo(Instant.parse("2026-10-20T00:00:00Z"));
        assertThat(referrals.get(1).dueBy()).isEqualTo(LocalDate.of(2026, 11, 17));
        assertThat(referrals.get(1).recipient().category().name()).isEqualTo("TRANSPORT");
        assertThat(referrals.get(1).clientName()).isEqualTo("Client c1");
        assertThat(referrals.get(1).caseManagerId()).isEqualTo("alice");
    }

    @Test
    void filters_by_status_and_spans_a_team() {
        assertThat(find(List.of("alice", "bob"), ReferralStatus.SENT, 50, null).referrals())
                .extracting(ReferralList.TrackedReferral::referralId).containsExactly("due-today");
        assertThat(find(List.of("alice", "bob"), null, 50, null).referrals())
                .extracting(ReferralList.TrackedReferral::referralId).containsExactly("closed-recently", "due-yesterday", "due-today", "bobs");
    }

    @Test
    void pages_follow_the_due_date() {
        ReferralList first = find(List.of("alice", "bob"), null, 3, null);
        ReferralList second = find(List.of("alice", "bob"), null, 3, first.nextCursor());

        assertThat(first.referrals()).hasSize(3);
        assertThat(second.referrals()).extracting(ReferralList.TrackedReferral::referralId).containsExactly("bobs");
        assertThat(second.nextCursor()).isNull();
    }
}
