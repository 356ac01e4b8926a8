package io.caseledger.query.team;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.caseledger.domain.assessment.MeasurementRules;
import io.caseledger.domain.scope.TeamRoster;
import io.caseledger.projections.caseload.CaseloadRow;
import io.caseledger.projections.contacts.ContactLogProjection;
import io.caseledger.query.caseload.Alert;
import io.caseledger.query.caseload.AlertThresholds;
import io.caseledger.query.caseload.Alerts;
import io.caseledger.query.caseload.OpenCases;
import org.axonframework.queryhandling.QueryHandler;
import io.caseledger.projections.storage.ByIds;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.*;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.*;

import static io.caseledger.projections.caseload.CaseloadRow.*;

/**
 * Answers the team view from the caseload rows and the contact log. Alerts and the week are judged
 * by the clock at query time; PHQ-9 outcomes by the configured measurement rules.
 */
@Component
public class TeamQueries {

    /** How many cases each case manager's review list shows. */
    static final int REVIEW_SIZE = 10;

    private static final Comparator<Team.ReviewCase> REVIEW_ORDER = Comparator.comparing((Team.ReviewCase r) -> !r.notImproving())
            .thenComparing(Comparator.comparingLong(Team.ReviewCase::daysWithoutContact).reversed())
            .thenComparing(Team.ReviewCase::caseId);

    private final OpenCases openCases;
    private final MongoCollection<Document> contacts;
    private final Clock clock;
    private final AlertThresholds thresholds;
    private final CapacityBand capacity;
    private final MeasurementRules rules;
    private final TeamRoster roster;

    public TeamQueries(MongoDatabase database, Clock clock, AlertThresholds thresholds, CapacityBand capacity, MeasurementRules rules,
                       TeamRoster roster) {
        this.openCases = new OpenCases(database);
        this.contacts = database.getCollection(ContactLogProjection.COLLECTION);
        this.clock = clock;
        this.thresholds = thresholds;
        this.capacity = capacity;
        this.rules = rules;
        this.roster = roster;
    }

    @QueryHandler
    public Team handle(FindTeam query) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<String> caseManagerIds = roster.caseManagersOf(query.team()).stream().sorted().toList();
        Map<String, Document> open = openCases.of(caseManagerIds);
        Map<String, Integer> contactsByCase = successfulContacts(open.keySet(), monday.atStartOfDay(ZoneOffset.UTC).toInstant(), now);
        List<Team.CaseManagerLoad> loads = caseManagerIds.stream().map(caseManagerId -> load(caseManagerId,
                open.values().stream().filter(row -> caseManagerId.equals(row.getString(CASE_MANAGER))).toList(), contactsByCase, today)).toList();
        return new Team(query.team(), monday, capacity, loads);
    }

    private Team.CaseManagerLoad load(String caseManagerId, List<Document> cases, Map<String, Integer> contactsByCase, LocalDate today) {
        Map<Alert.Kind, Integer> alerts = new EnumMap<>(Alert.Kind.class);
        Arrays.stream(Alert.Kind.values()).forEach(kind -> alerts.put(kind, 0));
        cases.forEach(row -> Alerts.of(row, today, thresholds).forEach(a -> alerts.merge(a.kind(), 1, Integer::sum)));
        int contacts = cases.stream().mapToInt(row -> contactsByCase.getOrDefault(row.getString(CASE_ID), 0)).sum();
        List<Team.ReviewCase> review = cases.stream().map(row -> reviewCase(row, today)).sorted(REVIEW_ORDER).limit(REVIEW_SIZE).toList();
        return new Team.CaseManagerLoad(caseManagerId, cases.size(), capacity.of(cases.size()), alerts, contacts, phq9(cases), review);
    }

    private Team.Phq9Outcomes phq9(List<Document> cases) {
        int measured = 0;
        int responding = 0;
        int remitted = 0;
        for (Document row : cases) {
            List<Integer> series = OpenCases.phq9(row);
            if (series.size() < 2) {
                continue;
            }
            int latest = series.get(series.size() - 1);
            measured++;
            responding += MeasurementRules.dropPercent(series.get(0), latest) >= rules.responseDropPercent() ? 1 : 0;
            remitted += latest < rules.remissionBelow() ? 1 : 0;
        }
        return new Team.Phq9Outcomes(measured, responding, remitted, percent(responding, measured), percent(remitted, measured));
    }

    private static Integer percent(int part, int whole) {
        return whole == 0 ? null : Math.round(part * 100f / whole);
    }

    private static Team.ReviewCase reviewCase(Document row, LocalDate today) {
        Date lastContact = row.getDate(LAST_CONTACT);
        String enrolledOn = row.getString(ENROLLED_ON);
        LocalDate since = lastContact != null ? LocalDate.ofInstant(lastContact.toInstant(), ZoneOffset.UTC)
                : enrolledOn != null ? LocalDate.parse(enrolledOn) : today;
        return new Team.ReviewCase(row.getString(CASE_ID), row.getString(CLIENT_NAME), row.getBoolean(NOT_IMPROVING, false),
                lastContact == null ? null : lastContact.toInstant(), ChronoUnit.DAYS.between(since, today));
    }

    /** Successful contacts per case from {@code from} until now, leaving out those entered in error; read by case id. */
    private Map<String, Integer> successfulContacts(Set<String> caseIds, Instant from, Instant now) {
        Map<String, Integer> counts = new HashMap<>();
        if (caseIds.isEmpty()) {
            return counts;
        }
        ByIds.find(contacts, caseIds, doc -> {
            Document log = doc.get(ContactLogProjection.CONTACTS, Document.class);
            long count = log == null ? 0 : log.values().stream().map(Document.class::cast)
                    .filter(c -> c.getBoolean(ContactLogProjection.SUCCESSFUL, false) && !c.getBoolean(ContactLogProjection.ENTERED_IN_ERROR, false))
                    .map(c -> c.getDate(ContactLogProjection.AT).toInstant())
                    .filter(at -> !at.isBefore(from) && !at.isAfter(now)).count();
            if (count > 0) {
                counts.put(doc.getString("_id"), (int) count);
            }
        });
        return counts;
    }
}
