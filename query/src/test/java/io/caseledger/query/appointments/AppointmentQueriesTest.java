package io.caseledger.query.appointments;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.caseledger.domain.scope.TeamRoster;
import io.caseledger.projections.appointments.AppointmentScheduleProjection;
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
import java.util.List;

import static io.caseledger.projections.appointments.AppointmentScheduleProjection.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Schedules with the clock at the day and ISO week boundaries (UTC). */
class AppointmentQueriesTest {

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
        rows.insertOne(new Document("_id", "c1").append(CaseloadRow.CASE_MANAGER, "alice").append(CaseloadRow.CLIENT_NAME, "Client c1").append(CaseloadRow.STATUS, "ENROLLED"));
        rows.insertOne(new Document("_id", "c2").append(CaseloadRow.CASE_MANAGER, "bob").append(CaseloadRow.CLIENT_NAME, "Client c2").append(CaseloadRow.STATUS, "ENROLLED"));
        var appointments = database.getCollection(COLLECTION);
        appointments.insertOne(appointment("c1", "mon-16", "2026-11-16T00:00:00Z", "SCHEDULED"));
        appointments.insertOne(appointment("c1", "sun-0000", "2026-11-22T00:00:00Z", "SCHEDULED"));
        appointments.insertOne(appointment("c1", "sun-2359", "2026-11-22T23:59:59Z", "SCHEDULED"));
        appointments.insertOne(appointment("c1", "sun-kept", "2026-11-22T09:00:00Z", "KEPT"));
        appointments.insertOne(appointment("c1", "mon-23", "2026-11-23T00:00:00Z", "SCHEDULED"));
        appointments.insertOne(appointment("c1", "sun-29", "2026-11-29T23:59:59Z", "SCHEDULED"));
        appointments.insertOne(appointment("c1", "missed-old", "2026-11-02T10:00:00Z", "MISSED")
                .append(FOLLOW_UP, new Document("taskId", "missed-old").append("dueOn", "2026-11-04").append("done", true)));
        appointments.insertOne(appointment("c1", "missed-new", "2026-11-20T10:00:00Z", "MISSED"));
        appointments.insertOne(appointment("c2", "bobs", "2026-11-22T12:00:00Z", "SCHEDULED"));
        io.caseledger.query.KeyedReadModels.index(database);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private static Document appointment(String caseId, String appointmentId, String at, String status) {
        return new Document("_id", AppointmentScheduleProjection.id(caseId, appointmentId)).append(CASE_ID, caseId)
                .append(APPOINTMENT_ID, appointmentId).append(AT, Date.from(Instant.parse(at))).append(STATUS, status)
                .append(WITH, "Dr. Okafor").append(LOCATION, "12 Main St").append(VIRTUAL, false);
    }

    private AppointmentList find(Instant now, List<String> caseManagers, AppointmentWindow window, int limit, String cursor) {
        String after = cursor == null ? null : Cursor.decode(cursor).orElseThrow().after();
        AppointmentQueries queries = new AppointmentQueries(database, Clock.fixed(now, ZoneOffset.UTC),
                TeamRoster.of(java.util.Map.of("alice", "north", "bob", "north")));
        PageRequest page = new PageRequest(limit, after);
        return caseManagers.size() == 1 ? queries.handle(new FindCaseloadAppointments(caseManagers.get(0), window, page))
                : queries.handle(new FindTeamAppointments("north", window, page));
    }

    private List<String> ids(Instant now, AppointmentWindow window) {
        return find(now, List.of("alice"), window, 50, null).appointments().stream().map(AppointmentList.ScheduledAppointment::appointmentId).toList();
    }

    @Test
    void today_is_the_utc_day_of_the_clock_and_only_what_is_still_scheduled() {
        assertThat(ids(SUNDAY_2359, AppointmentWindow.TODAY)).containsExactly("sun-0000", "sun-2359");
        assertThat(ids(MONDAY_0000, AppointmentWindow.TODAY)).containsExactly("mon-23");
        AppointmentList today = find(MONDAY_0000, List.of("alice"), AppointmentWindow.TODAY, 50, null);
        assertThat(today.from()).isEqualTo(MONDAY_0000);
        assertThat(today.until()).isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
    }

    @Test
    void the_week_turns_at_monday_midnight_utc() {
        assertThat(ids(SUNDAY_2359, AppointmentWindow.WEEK)).containsExactly("mon-16", "sun-0000", "sun-2359");
        assertThat(ids(MONDAY_0000, AppointmentWindow.WEEK)).containsExactly("mon-23", "sun-29");
    }

    @Test
    void missed_appointments_latest_first_say_whether_a_follow_up_exists() {
        List<AppointmentList.ScheduledAppointment> missed = find(SUNDAY_2359, List.of("alice"), AppointmentWindow.MISSED, 50, null).appointments();
        assertThat(missed).extracting(AppointmentList.ScheduledAppointment::appointmentId).containsExactly("missed-new", "missed-old");
        assertThat(missed).extracting(AppointmentList.ScheduledAppointment::followUpExists).containsExactly(false, true);
        assertThat(missed.get(1).followUpDueOn()).isEqualTo(LocalDate.of(2026, 11, 4));
        assertThat(missed.get(1).followUpDone()).isTrue();
    }

    @Test
    void a_team_schedule_spans_its_case_managers_and_pages() {
        AppointmentList first = find(SUNDAY_2359, List.of("alice", "bob"), AppointmentWindow.TODAY, 2, null);
        AppointmentList second = find(SUNDAY_2359, List.of("alice", "bob"), AppointmentWindow.TODAY, 2, first.nextCursor());
        assertThat(first.appointments()).extracting(AppointmentList.ScheduledAppointment::appointmentId).containsExactly("sun-0000", "bobs");
        assertThat(first.appointments().get(1).caseManagerId()).isEqualTo("bob");
        assertThat(second.appointments()).extracting(AppointmentList.ScheduledAppointment::appointmentId).containsExactly("sun-2359");
        assertThat(Cursor.decode(first.nextCursor()).orElseThrow().order()).isEqualTo("today");
    }
}
