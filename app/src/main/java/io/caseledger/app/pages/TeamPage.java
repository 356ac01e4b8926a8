package io.caseledger.app.pages;

import io.caseledger.app.security.StaffDirectory;
import io.caseledger.app.web.LiveCaseload;
import io.caseledger.app.web.ReadAnswer;
import io.caseledger.app.web.Teams;
import io.caseledger.query.team.Team;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The supervisor's team dashboard: per case manager, load against the capacity band, alerts by
 * kind, contacts this week, PHQ-9 outcomes and whom to review; live like the caseload (re-rendered
 * whenever a case in one of the team's caseloads changes), with drill-in to each caseload and case.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class TeamPage {

    private static final long LIVE_FOR = Duration.ofMinutes(30).toMillis();

    private final Teams teams;
    private final LiveCaseload live;
    private final StaffDirectory staff;
    private final ITemplateEngine templates;

    TeamPage(Teams teams, LiveCaseload live, StaffDirectory staff, ITemplateEngine templates) {
        this.teams = teams;
        this.live = live;
        this.staff = staff;
        this.templates = templates;
    }

    @GetMapping("/app/teams/{team}")
    String team(@PathVariable String team, Model model) {
        model.addAllAttributes(attributes(teams.find(team)));
        return "team";
    }

    @GetMapping(path = "/app/teams/{team}/live", produces = "text/event-stream")
    SseEmitter live(@PathVariable String team) {
        teams.find(team);
        return live.watch(staff.caseManagersOf(team), viewer -> teams.find(team, viewer), LIVE_FOR, (emitter, view) -> {
            String html = templates.process("team-rows", Set.of("rows"), new Context(Locale.ENGLISH, attributes(view)));
            emitter.send(SseEmitter.event().name("team").data(html.replace('\r', ' ').replace('\n', ' ')));
        });
    }

    private static Map<String, Object> attributes(ReadAnswer<Team> answer) {
        return Map.of("t", answer.result(), "rebuilding", answer.rebuilding());
    }
}
