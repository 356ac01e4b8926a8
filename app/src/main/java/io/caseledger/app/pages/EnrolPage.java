package io.caseledger.app.pages;

import io.caseledger.app.security.Actor;
import io.caseledger.app.web.Enrolment;
import io.caseledger.app.web.EnrolmentRequest;
import io.caseledger.app.web.JsonFields;
import io.caseledger.app.web.Refusals;
import io.caseledger.domain.shared.Rejection;
import io.caseledger.domain.shared.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Enrol a walk-in client, through the same enrolment the API's {@code POST /api/cases} uses. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
class EnrolPage {

    private final Enrolment enrolment;
    private final JsonMapper json;
    private final FormFields forms;

    EnrolPage(Enrolment enrolment, JsonMapper json) {
        this.enrolment = enrolment;
        this.json = json;
        this.forms = new FormFields(json);
    }

    @GetMapping("/app/enrol")
    String form(Model model) {
        model.addAttribute("supervisor", !Actor.require().is(Role.CASE_MANAGER));
        return "enrol";
    }

    @PostMapping("/app/enrol")
    String enrol(HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            return "redirect:/app/cases/" + enrolment.enrol(request(request));
        } catch (RuntimeException e) {
            Rejection rejection = Refusals.of(e).orElseThrow(() -> e);
            response.setStatus(PageErrors.status(rejection));
            model.addAttribute("failed", new CasePage.FailedForm("enrol", rejection,
                    request.getParameterMap().containsKey(rejection.field())));
            return form(model);
        }
    }

    private EnrolmentRequest request(HttpServletRequest request) {
        try {
            return json.treeToValue(forms.toJson(EnrolmentRequest.class, request.getParameterMap()), EnrolmentRequest.class);
        } catch (JacksonException e) {
            throw JsonFields.rejectionOf(e);
        }
    }
}
