package io.caseledger.query.team;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.caseledger.domain.assessment.MeasurementRules;
import io.caseledger.domain.scope.TeamRoster;
import io.caseledger.projections.caseload.CaseloadRow;
import io.caseledger.projections.contacts.ContactLogProjection;
import io.caseledger.query.caseload.Alert;
import io.caseledger.query.caseload.AlertThresholds;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The team view from stored rows and contacts, with the clock either side of the ISO week boundary. */
class TeamQueriesTest {

    private static final Instant SUNDAY_2359 = Instant.parse("2026-11-22T23:59:00Z");
    private static final Instant MONDAY_0000 = Instant.parse("2026-11-23T00:00:00Z");

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        database = client.getDatabase("test");
        var rows = database.getCollection(CaseloadRow.COLLECTION);
        rows.insertOne(row("a1", "alice", "2026-11-20").append(CaseloadRow.SCORES, phq9(20, 8)).append(CaseloadRow.SAFETY_OPEN, true));
        rows.insertOne(row("a2", "alice", "2026-11-01").append(CaseloadRow.SCORES, phq9(20, 12, 4)).append(CaseloadRow.NOT_IMPROVING, true));
        rows.insertOne(row("a3", "alice", null).append(CaseloadRow.SCORES, phq9(10, 9)));
        rows.insertOne(row("a4", "alice", "2026-10-01").append(CaseloadRow.SCORES, phq9(15)));
        rows.insertOne(row("a5", "alice", "2026-11-21").append(CaseloadRow.STATUS, "CLOSED"));
        rows.insertOne(row("b1", "bob", "2026-11-22"));
        rows.insertOne(row("x1", "xavier", "2026-11-22"));
        var contacts = database.getCollection(ContactLogProjection.COLLECTION);
        contact(contacts, "k1", "a1", "2026-11-16T00:00:00Z", true, false);
        contact(contacts, "k2", "a1", "2026-11-22T23:30:00Z", true, false);
        contact(contacts, "k3", "a1", "2026-11-15T23:59:59Z", true, false);
        contact(contacts, "k4", "a3", "2026-11-23T00:00:00Z", true, false);
        contact(contacts, "k5", "a3", "2026-11-23T00:00:00Z", false, false);
        contact(contacts, "k6", "a3", "2026-11-23T00:00:00Z", true, true);
        contact(contacts, "k7", "a5", "2026-11-23T00:00:00Z", true, false);
        contact(contacts, "k8", "b1", "2026-11-22T08:00:00Z", true, false);
        io.caseledger.query.KeyedReadModels.index(database);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private static Document row(String caseId, String caseManager, String lastContactDay) {
        Document row = new Document(CaseloadRow.CASE_ID, caseId).append(CaseloadRow.CASE_MANAGER, caseManager)
                .append(CaseloadRow.CLIENT_NAME, "Client " + caseId).append(CaseloadRow.STATUS, "ENROLLED")
                .append(CaseloadRow.ENROLLED_ON, "2026-09-01").append(CaseloadRow.ENROLLED_SINCE, "2026-09-01");
        return lastContactDay == null ? row : row.append(CaseloadRow.LAST_CONTACT, Date.from(LocalDate.parse(lastContactDay).atTime(10, 0).toInstant(ZoneOffset.UTC)));
    }

    private static Document phq9(Integer... series) {
        return new Document("PHQ9", new Document("series", List.of(series)).append("latest", series[series.length - 1]));
    }

    /** Adds a contact to its case's document in the contact log, as the projection stores it. */
    private static void contact(com.mongodb.client.MongoCollection<Document> contacts, String id, String caseId, String at, boolean successful, boolean inError) {
        contacts.updateOne(new Document("_id", caseId), com.mongodb.client.model.Updates.set(ContactLogProjection.CONTACTS + "." + id,
                new Document(ContactLogProjection.EVENT_ID, id).append(ContactLogProjection.AT, Date.from(Instant.parse(at)))
                        .append(ContactLogProjection.SUCCESSFUL, successful).append(ContactLogProjection.ENTERED_IN_ERROR, inError)),
                new com.mongodb.client.model.UpdateOptions().upsert(true));
    }

    private Team team(Instant now, CapacityBand band) {
        TeamQueries queries = new TeamQueries(database, Clock.fixed(now, ZoneOffset.UTC), AlertThresholds.DEFAULT, band, MeasurementRules.DEFAULT,
                TeamRoster.of(java.util.Map.of("bob", "north", "alice", "north", "xavier", "south")));
        return queries.handle(new FindTeam("north"));
    }

    @Test
    void contacts_this_week_run_from_monday_midnight_utc_until_now() {
        Team sunday = team(SUNDAY_2359, CapacityBand.DEFAULT);
        assertThat(sunday.weekStarting()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(sunday.caseManagers()).extracting(Team.CaseManagerLoad::contactsThisWeek).containsExactly(2, 1);

        Team monday = team(MONDAY_0000, CapacityBand.DEFAULT);
        assertThat(monday.weekStarting()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(monday.caseManagers()).as("attempted, entered in error and closed cases' contacts do not count")
                .extracting(Team.CaseManagerLoad::contactsThisWeek).containsExactly(1, 0);
    }

    @Test
    void open_cases_are_judged_against_the_capacity_band_and_only_the_rosters_team_members_are_listed_by_id() {
        Team team = team(SUNDAY_2359, new CapacityBand(2, 3));
        assertThat(team.capacity()).isEqualTo(new CapacityBand(2, 3));
        assertThat(team.caseManagers()).extracting(Team.CaseManagerLoad::caseManagerId).containsExactly("alice", "bob");
        assertThat(team.caseManagers()).extracting(Team.CaseManagerLoad::openCases).containsExactly(4, 1);
        assertThat(team.caseManagers()).extracting(Team.CaseManagerLoad::capacityStatus)
                .containsExactly(CapacityBand.Status.OVER, CapacityBand.Status.UNDER);
        assertThat(team(SUNDAY_2359, new CapacityBand(1, 4)).caseManagers()).extracting(Team.CaseManagerLoad::capacityStatus)
                .containsExactly(CapacityBand.Status.WITHIN, CapacityBand.Status.WITHIN);
    }

    @Test
    void alerts_are_counted_by_kind_at_query_time() {
        var alice = team(SUNDAY_2359, CapacityBand.DEFAULT).caseManagers().get(0).alerts();
        assertThat(alice).containsEntry(Alert.Kind.SAFETY_FLAG_OPEN, 1).containsEntry(Alert.Kind.NOT_IMPROVING, 1)
                .containsEntry(Alert.Kind.REFERRAL_OVERDUE, 0).hasSize(Alert.Kind.values().length);
        // a3 was never contacted (enrolled 2026-09-01) and a4 last on 2026-10-01: both past 30 days.
        assertThat(alice).containsEntry(Alert.Kind.NO_RECENT_CONTACT, 2);
    }

    @Test
    void phq9_response_and_remission_rates_are_over_cases_with_two_scores() {
        Team.Phq9Outcomes alice = team(SUNDAY_2359, CapacityBand.DEFAULT).caseManagers().get(0).phq9();
        // a1 20 -> 8 responds; a2 20 -> 4 responds and remits; a3 10 -> 9 neither; a4 has one score only.
        assertThat(alice).isEqualTo(new Team.Phq9Outcomes(3, 2, 1, 67, 33));
        assertThat(team(SUNDAY_2359, CapacityBand.DEFAULT).caseManagers().get(1).phq9()).isEqualTo(new Team.Phq9Outcomes(0, 0, 0, null, null));
    }

    @Test
    void review_puts_not_improving_first_then_the_longest_without_contact() {
        List<Team.ReviewCase> review = team(SUNDAY_2359, CapacityBand.DEFAULT).caseManagers().get(0).review();
        assertThat(review).extracting(Team.ReviewCase::caseId).containsExactly("a2", "a3", "a4", "a1");
        assertThat(review.get(1).lastSuccessfulContactAt()).isNull();
        assertThat(review.get(1).daysWithoutContact()).as("counted from enrolment").isEqualTo(82);
        assertThat(review.get(3).daysWithoutContact()).isEqualTo(2);
    }
}
