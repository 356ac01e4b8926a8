package io.caseledger.app.audit;

import io.caseledger.app.security.ReadScope;
import io.caseledger.app.audit.CaseRecord.Cutoff;
import io.caseledger.app.web.RequestParams;
import io.caseledger.domain.access.RecordView;
import io.caseledger.app.web.RequestRefused;
import io.caseledger.domain.summary.CaseSummary;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What changed in a case between two instants (or sequence numbers): field by field, before and after. */
@RestController
public class CaseDiffController {

    private final CaseRecord record;
    private final JsonMapper json;
    private final AccessRecorder access;

    private final ReadScope scope;

    CaseDiffController(CaseRecord record, JsonMapper json, AccessRecorder access, ReadScope scope) {
        this.scope = scope;
        this.record = record;
        this.json = json;
        this.access = access;
    }

    public record Change(String path, JsonNode before, JsonNode after) {
    }

    public record Diff(String caseId, CaseSummary from, CaseSummary to, List<Change> changes) {
    }

    @GetMapping("/api/cases/{caseId}/diff")
    public Diff diff(@PathVariable String caseId,
              @Parameter(description = "The earlier point: events stamped at or before this instant (ISO-8601).")
              @RequestParam(required = false) String from, @RequestParam(required = false) Long fromSequence,
              @Parameter(description = "The later point: events stamped at or before this instant (ISO-8601, to the "
                      + "millisecond as the history lists it); default now.")
              @RequestParam(required = false) String to, @RequestParam(required = false) Long toSequence) {
        if (from == null && fromSequence == null) {
            throw RequestRefused.invalid("from", "give from (instant) or fromSequence");
        }
        CaseSummary before = record.summary(caseId, new Cutoff(RequestParams.instant("from", from), fromSequence))
                .orElseGet(CaseSummary::new);
        CaseSummary after = record.summary(caseId, new Cutoff(RequestParams.instant("to", to), toSequence))
                .orElseThrow(RequestRefused::noSuchCase);
        scope.requireCase(record.summary(caseId, Cutoff.NOW).orElseGet(CaseSummary::new));
        access.record(caseId, RecordView.DIFF);
        List<Change> changes = new ArrayList<>();
        compare("", json.valueToTree(before), json.valueToTree(after), changes);
        return new Diff(caseId, before, after, changes);
    }

    /** Objects are compared key by key; anything else (values, lists) as a whole. Paths are JSON pointers. */
    private static void compare(String path, JsonNode before, JsonNode after, List<Change> changes) {
        if (before != null && after != null && before.isObject() && after.isObject()) {
            Set<String> keys = new TreeSet<>(before.propertyNames());
            keys.addAll(after.propertyNames());
            keys.forEach(k -> compare(path + "/" + k, before.get(k), after.get(k), changes));
        } else if (before == null ? after != null && !after.isNull() : !before.equals(after)) {
            changes.add(new Change(path, before, after));
        }
    }
}
