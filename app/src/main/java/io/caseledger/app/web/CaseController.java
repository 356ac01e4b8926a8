package io.caseledger.app.web;

import io.caseledger.app.audit.CaseRecord.Cutoff;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

import java.net.URI;
import java.util.Map;

/** Opens cases and shows one case, now or as it stood at an instant or sequence number. */
@RestController
@RequestMapping("/api/cases")
class CaseController {

    private final Enrolment enrolment;
    private final CaseView view;

    static final String SOURCE = "X-CaseLedger-Source";

    CaseController(Enrolment enrolment, CaseView view) {
        this.enrolment = enrolment;
        this.view = view;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> enrol(@RequestBody EnrolmentRequest body) {
        String caseId = enrolment.enrol(body);
        return ResponseEntity.created(URI.create("/api/cases/" + caseId)).body(Map.of("caseId", caseId));
    }

    /** The case now, or as it stood at a point in time; {@code X-CaseLedger-Source} says where it was read from. */
    @GetMapping(path = "/{caseId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> show(@PathVariable String caseId,
                           @Parameter(description = "The case as it stood at this instant (ISO-8601, e.g. copied from the "
                                   + "history): events stamped at or before it, to the millisecond, are included.")
                           @RequestParam(required = false) String asOf,
                           @RequestParam(required = false) Long asOfSequence) {
        CaseView.Shown shown = view.show(caseId, new Cutoff(RequestParams.instant("asOf", asOf), asOfSequence));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).header(SOURCE, shown.source()).body(shown.body());
    }
}
