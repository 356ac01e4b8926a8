package io.caseledger.app.pages;

import io.caseledger.app.web.RequestRefused;
import io.caseledger.app.audit.AccessRecorder;
import io.caseledger.app.audit.CaseRecord.Cutoff;
import io.caseledger.app.audit.HistoryReads;
import io.caseledger.app.security.Actor;
import io.caseledger.app.security.StaffDirectory;
import io.caseledger.app.web.CaseView;
import io.caseledger.app.web.Refusals;
import io.caseledger.app.web.commands.CommandEndpoints;
import io.caseledger.domain.access.RecordView;
import io.caseledger.domain.shared.Rejection;
import io.caseledger.domain.shared.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One case: header, sections, trend chart, timeline and the action forms. Each form posts to
 * {@code /app/cases/{caseId}/act/<the API route's tail>} and is sent through that API route's own
 * endpoint; a refusal is shown next to the field it names (or above the form when it names none).
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class CasePage {

    private final CaseView view;
    private final HistoryReads history;
    private final AccessRecorder access;
    private final CommandEndpoints endpoints;
    private final JsonMapper json;
    private final FormFields forms;
    private final StaffDirectory staff;

    CasePage(CaseView view, HistoryReads history, AccessRecorder access, CommandEndpoints endpoints, JsonMapper json,
             StaffDirectory staff) {
        this.staff = staff;
        this.view = view;
        this.history = history;
        this.access = access;
        this.endpoints = endpoints;
        this.json = json;
        this.forms = new FormFields(json);
    }

    @GetMapping("/app/cases/{caseId}")
    String show(@PathVariable String caseId, Model model) {
        Map<String, Object> document = CaseDocument.of(view.show(caseId, Cutoff.NOW), json);
        model.addAttribute("caseId", caseId);
        model.addAttribute("c", document);
        model.addAttribute("chart", CaseDocument.chart(document, json));
        model.addAttribute("timeline", CaseDocument.timeline(history.read(caseId, HistoryReads.Filter.all()).shown()));
        access.record(caseId, RecordView.HISTORY);
        Actor actor = Actor.require();
        model.addAttribute("canAct", actor.is(Role.CASE_MANAGER) || actor.is(Role.SUPERVISOR));
        model.addAttribute("canTransfer", actor.is(Role.SUPERVISOR));
        model.addAttribute("teamMembers", actor.is(Role.SUPERVISOR) ? new TreeSet<>(staff.caseManagersOf(actor.team())) : Set.of());
        return "case";
    }

    @PostMapping("/app/cases/{caseId}/act/**")
    String act(@PathVariable String caseId, HttpServletRequest request, HttpServletResponse response,
               Model model, RedirectAttributes redirect) {
        String tail = request.getRequestURI().substring(("/app/cases/" + caseId + "/act/").length());
        String form = request.getParameter("form");
        CommandEndpoints.Match match = endpoints.find("/api/cases/" + caseId + "/" + tail)
                .orElseThrow(() -> RequestRefused.notFound("not-found", null, "The page names no such action."));
        try {
            match.endpoint().handle(match.path(), forms.toJson(match.route().command(), request.getParameterMap()));
        } catch (RuntimeException e) {
            Rejection rejection = Refusals.of(e).orElseThrow(() -> e);
            if (rejection.kind() == Rejection.Kind.NOT_FOUND && "caseId".equals(rejection.field())) {
                throw e;
            }
            response.setStatus(PageErrors.status(rejection));
            model.addAttribute("failed", new FailedForm(form, rejection, request.getParameterMap().containsKey(rejection.field())));
            return show(caseId, model);
        }
        redirect.addFlashAttribute("done", form);
        return "redirect:/app/cases/" + caseId;
    }

    /**
     * A form the server refused: its name, why, and whether the field it names is on the form (shown
     * next to it) or not (shown above the form). The submitted values are not echoed back.
     */
    record FailedForm(String form, Rejection rejection, boolean fieldOnForm) {
        public boolean at(String formName, String field) {
            return formName.equals(form) && fieldOnForm && field.equals(rejection.field());
        }

        public boolean above(String formName) {
            return formName.equals(form) && !fieldOnForm;
        }
    }
}
