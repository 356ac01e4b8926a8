package io.caseledger.app.web;

import io.caseledger.app.operations.ProjectionAdmin;
import io.caseledger.app.security.StaffDirectory;
import io.caseledger.projections.caseload.CaseloadProjection;
import io.caseledger.projections.contacts.ContactLogProjection;
import io.caseledger.query.team.FindTeam;
import io.caseledger.query.team.Team;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The supervisor's view of their team (who may read it is decided on the query bus). */
@RestController
class TeamController {

    private final QueryGateway queries;
    private final StaffDirectory staff;
    private final ProjectionAdmin projections;

    TeamController(QueryGateway queries, StaffDirectory staff, ProjectionAdmin projections) {
        this.queries = queries;
        this.staff = staff;
        this.projections = projections;
    }

    @GetMapping("/api/teams/{team}")
    Team team(@PathVariable String team) {
        Team view = queries.query(new FindTeam(team), ResponseTypes.instanceOf(Team.class)).join();
        checkTeam(team, staff);
        return view.withRebuilding(projections.isRebuilding(CaseloadProjection.PROCESSING_GROUP)
                || projections.isRebuilding(ContactLogProjection.PROCESSING_GROUP));
    }

    /** A team exists when the roster has case managers in it; asked after the query bus judged scope, so only those in scope learn it. */
    static void checkTeam(String team, StaffDirectory staff) {
        if (staff.caseManagersOf(team).isEmpty()) {
            throw RequestRefused.notFound("team-not-found", "team", "names no such team");
        }
    }
}
