package io.caseledger.app.audit;

import io.caseledger.app.security.Actor;
import io.caseledger.app.security.ReadScope;
import io.caseledger.app.web.RequestParams;
import io.caseledger.domain.access.RecordView;
import io.caseledger.domain.catalogue.EventCatalogue;
import io.caseledger.app.web.RequestRefused;
import io.caseledger.domain.shared.Role;
import org.axonframework.eventhandling.DomainEventMessage;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Case history, chain verification and the digest, for auditors and supervisors. */
@RestController
class AuditController {

    private static final Set<String> EVENT_TYPES = EventCatalogue.entries().stream()
            .map(e -> e.type().getSimpleName()).collect(Collectors.toUnmodifiableSet());

    private final CaseHistory history;
    private final ChainVerification verification;
    private final Digest digest;
    private final AccessRecorder access;
    private final ReadScope scope;

    AuditController(CaseHistory history, ChainVerification verification, Digest digest, AccessRecorder access, ReadScope scope) {
        this.scope = scope;
        this.history = history;
        this.verification = verification;
        this.digest = digest;
        this.access = access;
    }

    record HistoryPage(String caseId, List<CaseHistory.Entry> events, Long nextAfterSequence) {
    }

    @GetMapping(path = "/api/cases/{caseId}/history", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv", MediaType.APPLICATION_PDF_VALUE})
    ResponseEntity<?> history(@PathVariable String caseId,
                              @RequestParam(required = false) Set<String> type,
                              @Parameter(description = "Events stamped at or after this instant (ISO-8601).")
                              @RequestParam(required = false) String from,
                              @Parameter(description = "Events stamped at or before this instant (ISO-8601, to the millisecond "
                                      + "as listed): an instant copied from the history includes its event.")
                              @RequestParam(required = false) String to,
                              @RequestParam(defaultValue = "-1") long afterSequence,
                              @RequestParam(defaultValue = "100") int limit,
                              @RequestParam(required = false) String format,
                              @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept)
            throws HttpMediaTypeNotAcceptableException {
        if (limit < 1 || limit > 1000) {
            throw RequestRefused.invalid("limit", "must be between 1 and 1000");
        }
        if (type != null && !EVENT_TYPES.containsAll(type)) {
            throw RequestRefused.invalid("type", "must name event types of the catalogue, such as CaseClosed");
        }
        Instant since = RequestParams.instant("from", from);
        Instant until = RequestParams.instant("to", to);
        List<DomainEventMessage<?>> events = readable(caseId);
        List<CaseHistory.Entry> page = events.stream()
                .filter(e -> e.getSequenceNumber() > afterSequence)
                .filter(e -> type == null || type.contains(e.getPayloadType().getSimpleName()))
                .filter(e -> since == null || !e.getTimestamp().isBefore(since))
                .filter(e -> until == null || CaseRecord.Cutoff.stampedBy(e, until))
                .limit(limit + 1L)
                .map(history::entry)
                .toList();
        boolean more = page.size() > limit;
        List<CaseHistory.Entry> shown = more ? page.subList(0, limit) : page;
        ExportFormat export = ExportFormat.choose(format, accept);
        boolean csv = export == ExportFormat.CSV;
        boolean pdf = export == ExportFormat.PDF;
        access.record(caseId, csv || pdf ? RecordView.HISTORY_EXPORT : RecordView.HISTORY);
        if (pdf) {
            // The printable record is the whole file, whatever page was asked for.
            List<CaseHistory.Entry> all = events.stream().map(history::entry).toList();
            byte[] document = HistoryPdf.write(caseId, all, verification.verify(caseId, events), Actor.require().userId());
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header("Content-Disposition", "attachment; filename=\"case-" + caseId + ".pdf\"").body(document);
        }
        if (csv) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv")).body(HistoryCsv.write(shown));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(new HistoryPage(caseId, shown, more ? shown.get(shown.size() - 1).sequence() : null));
    }

    @GetMapping("/api/cases/{caseId}/verify")
    ChainVerification.Report verify(@PathVariable String caseId) {
        return verification.verify(caseId, readable(caseId));
    }

    @GetMapping("/api/audit/digest")
    Digest.Report digest() {
        return digest.compute();
    }

    /** The case's events, if it exists and the caller may read it (a case manager only their own). */
    private List<DomainEventMessage<?>> readable(String caseId) {
        List<DomainEventMessage<?>> events = history.events(caseId);
        if (events.isEmpty()) {
            throw RequestRefused.noSuchCase();
        }
        // ADMIN may verify any chain (hashes only); everyone else within their caseload scope.
        if (!Actor.require().is(Role.ADMIN)) {
            scope.requireCase(CaseRecord.fold(events, CaseRecord.Cutoff.NOW).orElseThrow());
        }
        return events;
    }
}
