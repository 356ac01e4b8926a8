package io.caseledger.app.pages;

import io.caseledger.app.security.Actor;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** Sign-in, and where each role starts once signed in. REPORTING has no pages: its surface is the feed. */
@Controller
class HomePage {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(HttpServletResponse response) {
        Actor actor = Actor.require();
        return switch (actor.role()) {
            case CASE_MANAGER -> "redirect:/app/caseload";
            case SUPERVISOR -> "redirect:/app/teams/" + actor.team();
            case AUDITOR -> "redirect:/app/replay";
            case ADMIN -> "redirect:/app/admin";
            case REPORTING -> denied(response);
        };
    }

    /** Spring Security forwards refused requests here with their own method. */
    @RequestMapping(path = "/app/denied", method = {RequestMethod.GET, RequestMethod.POST})
    String denied(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "denied";
    }
}
