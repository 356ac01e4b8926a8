package io.caseledger.app.pages;

import io.caseledger.app.audit.AccessLogController;
import io.caseledger.app.audit.AccessRecorder;
import io.caseledger.app.audit.AuditController;
import io.caseledger.app.audit.CaseDiffController;
import io.caseledger.app.audit.CaseHistory;
import io.caseledger.app.audit.CaseRecord.Cutoff;
import io.caseledger.app.audit.HistoryReads;
import io.caseledger.app.audit.NcqaController;
import io.caseledger.app.web.CaseView;
import io.caseledger.app.web.Refusals;
import io.caseledger.app.web.RequestParams;
import io.caseledger.domain.access.RecordView;
import io.caseledger.domain.catalogue.EventCatalogue;
import io.caseledger.domain.shared.Rejection;
import io.caseledger.query.access.Access;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Set;

/**
 * The auditor's replay of a case: the history with filters, the record as it stood at a sequence,
 * a diff between two points, the hash chain, downloads, the NCQA file review and who read the case.
 * Each part is the API's own handler for it, called as the signed-in auditor.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class ReplayPage {

    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final HistoryReads history;
    private final AccessRecorder access;
    private final CaseView view;
    private final AuditController audit;
    private final CaseDiffController diffs;
    private final NcqaController ncqa;
    private final AccessLogController accessLog;
    private final JsonMapper json;

    ReplayPage(HistoryReads history, AccessRecorder access, CaseView view, AuditController audit, CaseDiffController diffs,
               NcqaController ncqa, AccessLogController accessLog, JsonMapper json) {
        this.history = history;
        this.access = access;
        this.view = view;
        this.audit = audit;
        this.diffs = diffs;
        this.ncqa = ncqa;
        this.accessLog = accessLog;
        this.json = json;
    }

    @GetMapping("/app/replay")
    String pick(@RequestParam(required = false) String caseId) {
        if (caseId != null && !caseId.isBlank()) {
            return "redirect:" + UriComponentsBuilder.fromPath("/app/replay/cases/{id}").buildAndExpand(caseId.strip()).toUriString();
        }
        return "replay-pick";
    }

    @GetMapping("/app/replay/cases/{caseId}")
    String replay(@PathVariable String caseId, @RequestParam(required = false) Set<String> type,
                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestParam(required = false) String actor, @RequestParam(required = false) Long asOfSequence,
                  @RequestParam(required = false) String asOf,
                  @RequestParam(required = false) Long diffFrom, @RequestParam(required = false) Long diffTo, Model model) {
        Set<String> types = type == null || type.stream().allMatch(String::isBlank) ? null : type;
        HistoryReads.Read read = history.read(caseId, new HistoryReads.Filter(types, RequestParams.instant("from", blank(from)),
                RequestParams.instant("to", blank(to)), -1, 1000));
        access.record(caseId, RecordView.HISTORY);
        List<CaseHistory.Entry> shown = read.shown().stream().filter(e -> blank(actor) == null || actor.strip().equals(e.userId())).toList();
        long head = read.events().get(read.events().size() - 1).getSequenceNumber();
        long at = asOfSequence == null ? head : asOfSequence;
        model.addAttribute("caseId", caseId);
        model.addAttribute("entries", shown);
        model.addAttribute("types", EventCatalogue.entries().stream().map(e -> e.type().getSimpleName()).sorted().toList());
        model.addAttribute("filter", new Filter(types, blank(from), blank(to), blank(actor)));
        model.addAttribute("head", head);
        model.addAttribute("asOf", at);
        // At an instant (as the history lists it) when one is given, else after an event (the slider).
        Cutoff cutoff = blank(asOf) != null ? new Cutoff(RequestParams.instant("asOf", blank(asOf)), null) : new Cutoff(null, at);
        model.addAttribute("asOfInstant", blank(asOf));
        model.addAttribute("asOfJson", PRETTY.writeValueAsString(CaseDocument.of(view.show(caseId, cutoff), json)));
        model.addAttribute("chain", audit.verify(caseId));
        if (diffFrom != null && diffTo != null) {
            model.addAttribute("diff", diffs.diff(caseId, null, diffFrom, null, diffTo).changes());
        }
        model.addAttribute("diffFrom", diffFrom == null ? 0 : diffFrom);
        model.addAttribute("diffTo", diffTo == null ? head : diffTo);
        model.addAttribute("ncqa", ncqa.review(caseId, null));
        model.addAttribute("accesses", accesses(caseId));
        return "replay";
    }

    /** Downloads are the API's history export itself (CSV, PDF, or the JSON scripts/verify-history checks). */
    @GetMapping("/app/replay/cases/{caseId}/export")
    ResponseEntity<?> export(@PathVariable String caseId, @RequestParam String format) throws HttpMediaTypeNotAcceptableException {
        return audit.history(caseId, null, null, null, -1, 1000, format, null);
    }

    /** Who read the case, when the viewer may know (the access log is for auditors; the query bus decides). */
    private List<Access> accesses(String caseId) {
        try {
            return accessLog.accesses(caseId, null, 100).accesses();
        } catch (RuntimeException e) {
            if (Refusals.of(e).filter(r -> r.kind() == Rejection.Kind.FORBIDDEN).isPresent()) {
                return null;
            }
            throw e;
        }
    }

    record Filter(Set<String> types, String from, String to, String actor) {
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
