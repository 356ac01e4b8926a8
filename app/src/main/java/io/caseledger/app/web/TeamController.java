package io.caseledger.app.web;

import io.caseledger.app.security.StaffDirectory;
import io.caseledger.query.team.Team;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The supervisor's view of their team (who may read it is decided on the query bus). */
@RestController
class TeamController {

    private final Teams teams;

    TeamController(Teams teams) {
        this.teams = teams;
    }

    @GetMapping("/api/teams/{team}")
    ReadAnswer<Team> team(@PathVariable String team) {
        return teams.find(team);
    }

    /** A team exists when the roster has case managers in it; asked after the query bus judged scope, so only those in scope learn it. */
    static void checkTeam(String team, StaffDirectory staff) {
        if (staff.caseManagersOf(team).isEmpty()) {
            throw RequestRefused.notFound("team-not-found", "team", "names no such team");
        }
    }
}
