package io.caseledger.app.web;

import io.caseledger.app.operations.Projections;
import io.caseledger.app.security.Actor;
import io.caseledger.app.security.StaffDirectory;
import io.caseledger.projections.caseload.CaseloadProjection;
import io.caseledger.query.caseload.Caseload;
import io.caseledger.query.caseload.FindCaseload;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A case manager's open cases, for the case manager themself and for supervisors. */
@RestController
class CaseloadController {

    private final QueryGateway queries;
    private final StaffDirectory staff;
    private final Projections projections;

    CaseloadController(QueryGateway queries, StaffDirectory staff, Projections projections) {
        this.queries = queries;
        this.staff = staff;
        this.projections = projections;
    }

    @GetMapping("/api/caseloads/{caseManagerId}")
    Caseload caseload(@PathVariable String caseManagerId) {
        // The query bus decides scope first, so whether someone is a case manager is not disclosed to the unscoped.
        Caseload caseload = queries.query(new FindCaseload(caseManagerId), ResponseTypes.instanceOf(Caseload.class)).join();
        checkAccess(Actor.require(), caseManagerId, staff);
        return caseload.withRebuilding(projections.isRebuilding(CaseloadProjection.PROCESSING_GROUP));
    }

    /**
     * A caseload exists only for a case manager. Who may read it is decided by the query bus
     * (QueryScopeInterceptor), which sees every query however it is sent.
     */
    static void checkAccess(Actor actor, String caseManagerId, StaffDirectory staff) {
        if (!staff.isCaseManager(caseManagerId)) {
            throw new NotFound("case-manager-not-found", "No such case manager.");
        }
    }
}
