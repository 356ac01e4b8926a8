package io.caseledger.app.web;

import io.caseledger.query.caseload.Caseload;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A case manager's open cases, for the case manager themself and for supervisors. */
@RestController
class CaseloadController {

    private final Caseloads caseloads;

    CaseloadController(Caseloads caseloads) {
        this.caseloads = caseloads;
    }

    /** Paged by {@code limit}/{@code cursor}, in {@code sort} order, optionally only cases with an {@code alert} of one kind. */
    @GetMapping("/api/caseloads/{caseManagerId}")
    ReadAnswer<Caseload> caseload(@PathVariable String caseManagerId, @RequestParam(required = false) String limit,
                      @RequestParam(required = false) String cursor, @RequestParam(required = false) String sort,
                      @RequestParam(required = false) String alert) {
        return caseloads.find(Caseloads.query(caseManagerId, limit, cursor, sort, alert));
    }
}
