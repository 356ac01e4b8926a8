package io.caseledger.query.appointments;

import io.caseledger.domain.appointment.AppointmentStatus;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.caseledger.domain.scope.TeamRoster;
import io.caseledger.projections.caseload.CaseloadRow;
import io.caseledger.query.paging.PageRequest;
import io.caseledger.query.caseload.OpenCases;
import io.caseledger.query.paging.Page;
import org.axonframework.queryhandling.QueryHandler;
import io.caseledger.projections.storage.ByIds;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import static io.caseledger.projections.appointments.AppointmentScheduleProjection.*;

/** Answers schedules from the {@code appointments} collection, scoped by the caseload rows, windows by the clock (UTC). */
@Component
public class AppointmentQueries {

    private static final Comparator<AppointmentList.ScheduledAppointment> EARLIEST_FIRST = Comparator.comparing(AppointmentList.ScheduledAppointment::at)
            .thenComparing(AppointmentList.ScheduledAppointment::caseId).thenComparing(AppointmentList.ScheduledAppointment::appointmentId);

    private final OpenCases openCases;
    private final MongoCollection<Document> appointments;
    private final Clock clock;
    private final TeamRoster roster;

    public AppointmentQueries(MongoDatabase database, Clock clock, TeamRoster roster) {
        this.openCases = new OpenCases(database);
        this.appointments = database.getCollection(COLLECTION);
        this.clock = clock;
        this.roster = roster;
    }

    @QueryHandler
    public AppointmentList handle(FindCaseloadAppointments query) {
        return schedule(List.of(query.caseManagerId()), query.window(), query.page());
    }

    @QueryHandler
    public AppointmentList handle(FindTeamAppointments query) {
        return schedule(List.copyOf(roster.caseManagersOf(query.team())), query.window(), query.page());
    }

    private AppointmentList schedule(List<String> caseManagerIds, AppointmentWindow window, PageRequest request) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Instant from = window.from(today);
        Instant until = window.until(today);
        Map<String, Document> open = openCases.of(caseManagerIds);
        // By key: the rows list their cases' appointments, so the schedule is read by _id, never scanned.
        List<String> ids = new ArrayList<>();
        open.values().forEach(row -> OpenCases.appointmentIds(row).forEach(appointmentId -> ids.add(id(row.getString(CaseloadRow.CASE_ID), appointmentId))));
        Predicate<Document> inWindow = window == AppointmentWindow.MISSED ? doc -> AppointmentStatus.MISSED.name().equals(doc.getString(STATUS))
                : doc -> AppointmentStatus.SCHEDULED.name().equals(doc.getString(STATUS)) && !doc.getDate(AT).toInstant().isBefore(from) && doc.getDate(AT).toInstant().isBefore(until);
        List<AppointmentList.ScheduledAppointment> matching = OpenCases.byIds(appointments, ids)
                .stream().filter(inWindow).map(doc -> entry(doc, open.get(doc.getString(CASE_ID)))).toList();
        Page<AppointmentList.ScheduledAppointment> page = Page.of(matching, window == AppointmentWindow.MISSED ? EARLIEST_FIRST.reversed() : EARLIEST_FIRST,
                e -> id(e.caseId(), e.appointmentId()), window.parameter(), request,
                id -> Optional.ofNullable(appointments.find(Filters.eq("_id", id)).first()).filter(doc -> open.containsKey(doc.getString(CASE_ID)))
                        .map(doc -> entry(doc, open.get(doc.getString(CASE_ID)))));
        return new AppointmentList(window.parameter(), from, until, page.items(), page.nextCursor());
    }

    private static AppointmentList.ScheduledAppointment entry(Document doc, Document row) {
        Document followUp = doc.get(FOLLOW_UP, Document.class);
        return new AppointmentList.ScheduledAppointment(doc.getString(APPOINTMENT_ID), doc.getString(CASE_ID), row.getString(CaseloadRow.CASE_MANAGER),
                row.getString(CaseloadRow.CLIENT_NAME), doc.getDate(AT).toInstant(), doc.getString(STATUS), doc.getString(WITH),
                doc.getString(ORGANISATION), doc.getString(LOCATION), doc.getBoolean(VIRTUAL, false), followUp != null,
                followUp == null ? null : LocalDate.parse(followUp.getString("dueOn")), followUp != null && followUp.getBoolean("done", false));
    }
}
