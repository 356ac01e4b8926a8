package io.caseledger.app.audit;

import io.caseledger.app.security.ReadScope;
import io.caseledger.app.security.StaffDirectory;
import org.axonframework.eventhandling.DomainEventMessage;
import com.mongodb.client.MongoDatabase;
import io.caseledger.domain.ncqa.ElementResult;
import io.caseledger.domain.ncqa.FileReview;
import io.caseledger.domain.ncqa.RecordedEvent;
import io.caseledger.app.web.RequestRefused;
import io.caseledger.projections.audit.ChainHeadsProjection;
import io.caseledger.projections.caseload.CaseloadRow;
import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.*;
import java.util.stream.Collectors;

/**
 * NCQA complex case management file reviews, computed from each case's events in the event store:
 * per case, per caseload, and a reproducible random sample of the files eligible for review.
 */
@RestController
public class NcqaController {

    private final CaseHistory history;
    private final MongoDatabase database;
    private final Clock clock;

    private final ReadScope scope;
    private final StaffDirectory staff;

    private final HistoryReads reads;

    NcqaController(CaseHistory history, MongoDatabase database, Clock clock, ReadScope scope, StaffDirectory staff, HistoryReads reads) {
        this.reads = reads;
        this.scope = scope;
        this.staff = staff;
        this.history = history;
        this.database = database;
        this.clock = clock;
    }

    record CaseloadReview(String caseManagerId, LocalDate reviewDate, Map<String, Map<ElementResult.Status, Long>> byElement,
                          List<FileReview> files) {
    }

    record Sample(long seed, LocalDate reviewDate, int eligibleFiles, List<FileReview> files) {
    }

    @GetMapping("/api/cases/{caseId}/ncqa")
    public FileReview review(@PathVariable String caseId, @RequestParam(required = false) String reviewDate) {
        List<DomainEventMessage<?>> events = reads.readable(caseId);
        return review(caseId, events, date(reviewDate));
    }

    @GetMapping("/api/audit/ncqa/caseloads/{caseManagerId}")
    CaseloadReview caseload(@PathVariable String caseManagerId, @RequestParam(required = false) String reviewDate) {
        scope.requireCaseload(caseManagerId);
        staff.requireCaseManager(caseManagerId);
        LocalDate on = date(reviewDate);
        List<FileReview> files = database.getCollection(CaseloadRow.COLLECTION).find(new Document(CaseloadRow.CASE_MANAGER, caseManagerId))
                .map(d -> d.getString(CaseloadRow.CASE_ID)).into(new ArrayList<>()).stream().sorted()
                .map(id -> review(id, on)).filter(Objects::nonNull).toList();
        Map<String, Map<ElementResult.Status, Long>> byElement = files.stream().flatMap(f -> f.elements().stream())
                .collect(Collectors.groupingBy(ElementResult::element, TreeMap::new,
                        Collectors.groupingBy(ElementResult::status, () -> new EnumMap<>(ElementResult.Status.class), Collectors.counting())));
        return new CaseloadReview(caseManagerId, on, byElement, files);
    }

    /** The same seed and review date always draw the same files, so a sample can be re-drawn and checked. */
    @GetMapping("/api/audit/ncqa/sample")
    Sample sample(@RequestParam(defaultValue = "10") int size, @RequestParam long seed, @RequestParam(required = false) String reviewDate) {
        if (size < 1 || size > 500) {
            throw RequestRefused.invalid("size", "must be between 1 and 500");
        }
        LocalDate on = date(reviewDate);
        List<FileReview> eligible = database.getCollection(ChainHeadsProjection.COLLECTION).find()
                .map(d -> d.getString("_id")).into(new ArrayList<>()).stream().sorted()
                .filter(this::inScope)
                .map(id -> review(id, on)).filter(r -> r != null && r.inSample()).collect(Collectors.toCollection(ArrayList::new));
        Collections.shuffle(eligible, new Random(seed));
        return new Sample(seed, on, eligible.size(), List.copyOf(eligible.subList(0, Math.min(size, eligible.size()))));
    }

    /** A supervisor's sample is drawn from their team's files only; an auditor's from all. */
    private boolean inScope(String caseId) {
        Document row = database.getCollection(CaseloadRow.COLLECTION).find(new Document(CaseloadRow.CASE_ID, caseId)).first();
        return row == null ? scope.canReadCase(null, null) : scope.canReadCase(row.getString(CaseloadRow.CASE_MANAGER), row.getString(CaseloadRow.INTAKE_TEAM));
    }

    private FileReview review(String caseId, LocalDate on) {
        return review(caseId, history.events(caseId), on);
    }

    private static FileReview review(String caseId, List<DomainEventMessage<?>> stored, LocalDate on) {
        List<RecordedEvent> events = stored.stream().map(e -> new RecordedEvent(e.getIdentifier(), e.getPayload())).toList();
        return events.isEmpty() ? null : FileReview.of(caseId, events, on);
    }

    private LocalDate date(String value) {
        try {
            return value == null ? LocalDate.now(clock) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw RequestRefused.invalid("reviewDate", "must be a date such as 2026-03-01");
        }
    }
}
