package io.caseledger.app.web;

import io.caseledger.app.operations.ProjectionAdmin;
import io.caseledger.app.security.StaffDirectory;
import io.caseledger.domain.referral.ReferralStatus;
import io.caseledger.projections.caseload.CaseloadProjection;
import io.caseledger.projections.referrals.ReferralTrackerProjection;
import io.caseledger.query.referrals.FindCaseloadReferrals;
import io.caseledger.query.referrals.FindTeamReferrals;
import io.caseledger.query.referrals.ReferralList;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Referral trackers of a caseload and of a team: open and recently closed referrals by due date, filtered by {@code status}. */
@RestController
class ReferralTrackerController {

    private final QueryGateway queries;
    private final StaffDirectory staff;
    private final ProjectionAdmin projections;

    ReferralTrackerController(QueryGateway queries, StaffDirectory staff, ProjectionAdmin projections) {
        this.queries = queries;
        this.staff = staff;
        this.projections = projections;
    }

    @GetMapping("/api/caseloads/{caseManagerId}/referrals")
    ReadAnswer<ReferralList> caseload(@PathVariable String caseManagerId, @RequestParam(required = false) String status,
                          @RequestParam(required = false) String limit, @RequestParam(required = false) String cursor) {
        FindCaseloadReferrals query = new FindCaseloadReferrals(caseManagerId, status(status), RequestParams.page(limit, cursor, ReferralList.ORDER));
        ReferralList list = queries.query(query, ResponseTypes.instanceOf(ReferralList.class)).join();
        staff.requireCaseManager(caseManagerId);
        return withRebuilding(list);
    }

    @GetMapping("/api/teams/{team}/referrals")
    ReadAnswer<ReferralList> team(@PathVariable String team, @RequestParam(required = false) String status,
                      @RequestParam(required = false) String limit, @RequestParam(required = false) String cursor) {
        FindTeamReferrals query = new FindTeamReferrals(team, status(status), RequestParams.page(limit, cursor, ReferralList.ORDER));
        ReferralList list = queries.query(query, ResponseTypes.instanceOf(ReferralList.class)).join();
        TeamController.checkTeam(team, staff);
        return withRebuilding(list);
    }

    private static ReferralStatus status(String value) {
        return RequestParams.choice("status", value, null, v -> RequestParams.named(ReferralStatus.class, v), "a referral status such as SENT");
    }

    private ReadAnswer<ReferralList> withRebuilding(ReferralList list) {
        return ReadAnswer.of(list, projections, CaseloadProjection.PROCESSING_GROUP, ReferralTrackerProjection.PROCESSING_GROUP);
    }
}
