package io.caseledger.app.audit;

import io.caseledger.app.storage.SnapshotAudit;
import io.caseledger.app.security.Actor;
import io.caseledger.app.web.RequestParams;
import io.caseledger.domain.access.RecordView;
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

import java.util.List;
import java.util.Set;

/** Case history, chain verification and the digest, for auditors and supervisors. */
@RestController
public class AuditController {

    private final CaseHistory history;
    private final ChainVerification verification;
    private final Digest digest;
    private final AccessRecorder access;
    private final HistoryReads reads;

    private final SnapshotAudit snapshots;

    AuditController(CaseHistory history, ChainVerification verification, Digest digest, AccessRecorder access, HistoryReads reads,
                    SnapshotAudit snapshots) {
        this.reads = reads;
        this.snapshots = snapshots;
        this.history = history;
        this.verification = verification;
        this.digest = digest;
        this.access = access;
    }

    record HistoryPage(String caseId, List<CaseHistory.Entry> events, Long nextAfterSequence) {
    }

    @GetMapping(path = "/api/cases/{caseId}/history", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv", MediaType.APPLICATION_PDF_VALUE})
    public ResponseEntity<?> history(@PathVariable String caseId,
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
        HistoryReads.Read read = reads.read(caseId, new HistoryReads.Filter(type, RequestParams.instant("from", from),
                RequestParams.instant("to", to), afterSequence, limit));
        List<DomainEventMessage<?>> events = read.events();
        List<CaseHistory.Entry> shown = read.shown();
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
                .body(new HistoryPage(caseId, shown, read.more() ? shown.get(shown.size() - 1).sequence() : null));
    }

    @GetMapping("/api/cases/{caseId}/verify")
    public ChainVerification.ChainReport verify(@PathVariable String caseId) {
        List<DomainEventMessage<?>> events = reads.readable(caseId);
        return verification.verify(caseId, events).with(snapshots.check(caseId, events).orElse(null));
    }

    @GetMapping("/api/audit/digest")
    Digest.DigestReport digest() {
        return digest.compute();
    }
}
