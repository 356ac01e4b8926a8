package io.caseledger.app.pages;

import io.caseledger.app.operations.ProjectionAdminController;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's page: each projection's state, lag and rebuild progress, and a rebuild button; no
 * clinical content. The table refreshes itself every two seconds (htmx) while the page is open.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class AdminPage {

    private final ProjectionAdminController projections;

    AdminPage(ProjectionAdminController projections) {
        this.projections = projections;
    }

    @GetMapping("/app/admin")
    String admin(Model model) {
        model.addAttribute("projections", projections.statuses());
        return "admin";
    }

    /** Just the table, for htmx to swap in. */
    @GetMapping("/app/admin/projections")
    String table(Model model) {
        model.addAttribute("projections", projections.statuses());
        return "admin :: table";
    }

    @PostMapping("/app/admin/projections/{name}/rebuild")
    String rebuild(@PathVariable String name, RedirectAttributes redirect) {
        projections.rebuild(name);
        redirect.addFlashAttribute("started", name);
        return "redirect:/app/admin";
    }
}
