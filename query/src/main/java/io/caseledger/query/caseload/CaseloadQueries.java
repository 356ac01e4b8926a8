package io.caseledger.query.caseload;

import io.caseledger.domain.appointment.AppointmentStatus;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.caseledger.projections.caseload.CaseloadRow;
import io.caseledger.projections.caseload.WatchCaseload;
import io.caseledger.query.paging.Page;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.caseledger.projections.caseload.CaseloadRow.*;

/** Answers caseload questions from the {@code caseload} collection. */
@Component
public class CaseloadQueries {

    private final MongoCollection<Document> rows;
    private final OpenCases openCases;
    private final Clock clock;
    private final AlertThresholds thresholds;

    public CaseloadQueries(MongoDatabase database, Clock clock, AlertThresholds thresholds) {
        this.rows = database.getCollection(CaseloadRow.COLLECTION);
        this.openCases = new OpenCases(database);
        this.clock = clock;
        this.thresholds = thresholds;
    }

    /**
     * Alerts exist only at query time, so the whole caseload (tens of cases) is read and filtered,
     * sorted and paged here. A cursor's case that has since closed still marks the place.
     */
    @QueryHandler
    public Caseload handle(FindCaseload query) {
        List<CaseloadEntry> open = openCases.of(List.of(query.caseManagerId())).values().stream().map(this::toEntry).toList();
        List<CaseloadEntry> matching = open.stream()
                .filter(e -> query.alert() == null || e.alerts().stream().anyMatch(a -> a.kind() == query.alert())).toList();
        Page<CaseloadEntry> page = Page.of(matching, query.sort().order(), CaseloadEntry::caseId, query.sort().parameter(), query.page(),
                id -> openCases.row(id, query.caseManagerId()).map(this::toEntry));
        return new Caseload(query.caseManagerId(), open.size(), page.items(), page.nextCursor());
    }

    /** The initial answer of a live subscription; updates follow as {@code CaseloadChanged}. */
    @QueryHandler
    public Caseload handle(WatchCaseload query) {
        return handle(new FindCaseload(query.caseManagerId()));
    }

    @QueryHandler
    public Optional<CaseloadEntry> handle(FindCase query) {
        return Optional.ofNullable(rows.find(Filters.eq(CASE_ID, query.caseId())).first())
                .map(this::toEntry);
    }

    private CaseloadEntry toEntry(Document row) {
        Instant now = clock.instant();
        Map<String, Document> tasks = sub(row, TASKS);
        Map<String, Document> referrals = sub(row, REFERRALS);
        Instant next = sub(row, APPOINTMENTS).values().stream()
                .filter(a -> AppointmentStatus.SCHEDULED.name().equals(a.getString(CaseloadRow.Appointment.STATUS)) && a.getDate(CaseloadRow.Appointment.AT).toInstant().isAfter(now))
                .map(a -> a.getDate(CaseloadRow.Appointment.AT).toInstant()).min(Instant::compareTo).orElse(null);
        List<Integer> series = OpenCases.phq9(row);
        Integer change = series.size() < 2 || series.get(0) == 0 ? null
                : Math.round((series.get(series.size() - 1) - series.get(0)) * 100f / series.get(0));
        Date lastContact = row.getDate(LAST_CONTACT);
        return new CaseloadEntry(
                row.getString(CASE_ID),
                row.getString(CASE_MANAGER),
                row.getString(INTAKE_TEAM),
                row.getString(CLIENT_NAME),
                row.getString(STATUS),
                row.getString(ENROLLED_ON) == null ? null : LocalDate.parse(row.getString(ENROLLED_ON)),
                row.getString(LANGUAGE),
                row.getBoolean(INTERPRETER, false),
                row.getString(INSURANCE),
                lastContact == null ? null : lastContact.toInstant(),
                next,
                (int) tasks.values().stream().filter(t -> !t.getBoolean(CaseloadRow.Task.DONE, false)).count(),
                (int) referrals.values().stream().filter(r -> r.getBoolean(CaseloadRow.Referral.OPEN, false)).count(),
                series.isEmpty() ? null : series.get(series.size() - 1),
                change,
                Alerts.of(row, LocalDate.ofInstant(now, ZoneOffset.UTC), thresholds));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Document> sub(Document row, String field) {
        return row.get(field) instanceof Document d ? (Map<String, Document>) (Map<?, ?>) d : Map.of();
    }
}
