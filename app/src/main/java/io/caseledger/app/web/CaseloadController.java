package io.caseledger.app.web;

import io.caseledger.app.operations.ProjectionAdmin;
import io.caseledger.app.security.StaffDirectory;
import io.caseledger.projections.caseload.CaseloadProjection;
import io.caseledger.query.caseload.Alert;
import io.caseledger.query.caseload.Caseload;
import io.caseledger.query.caseload.CaseloadSort;
import io.caseledger.query.caseload.FindCaseload;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A case manager's open cases, for the case manager themself and for supervisors. */
@RestController
class CaseloadController {

    private final QueryGateway queries;
    private final StaffDirectory staff;
    private final ProjectionAdmin projections;

    CaseloadController(QueryGateway queries, StaffDirectory staff, ProjectionAdmin projections) {
        this.queries = queries;
        this.staff = staff;
        this.projections = projections;
    }

    /** Paged by {@code limit}/{@code cursor}, in {@code sort} order, optionally only cases with an {@code alert} of one kind. */
    @GetMapping("/api/caseloads/{caseManagerId}")
    Caseload caseload(@PathVariable String caseManagerId, @RequestParam(required = false) String limit,
                      @RequestParam(required = false) String cursor, @RequestParam(required = false) String sort,
                      @RequestParam(required = false) String alert) {
        CaseloadSort order = RequestParams.choice("sort", sort, CaseloadSort.CLIENT_NAME, CaseloadSort::of, "clientName, enrolledOn or lastContact");
        Alert.Kind kind = RequestParams.choice("alert", alert, null, v -> RequestParams.named(Alert.Kind.class, v), "an alert kind such as NO_RECENT_CONTACT");
        FindCaseload query = new FindCaseload(caseManagerId, order, kind, RequestParams.page(limit, cursor, order.parameter()));
        // The query bus decides scope first, so whether someone is a case manager is not disclosed to the unscoped.
        Caseload caseload = queries.query(query, ResponseTypes.instanceOf(Caseload.class)).join();
        staff.requireCaseManager(caseManagerId);
        return caseload.withRebuilding(projections.isRebuilding(CaseloadProjection.PROCESSING_GROUP));
    }
}
