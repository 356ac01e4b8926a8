package io.caseledger.app.pages;

import io.caseledger.app.web.Refusals;
import io.caseledger.domain.shared.Rejection;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Refusals on pages answer as pages, with the status and code the API would give: a case outside your
 * scope is the same not-found page as a missing one. Nothing submitted is echoed.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(basePackageClasses = PageErrors.class)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(Exception.class)
    String refused(Exception e, HttpServletResponse response, Model model) {
        Rejection rejection = Refusals.of(e).orElse(null);
        if (rejection == null) {
            log.error("Unexpected failure rendering a page ({})", e.getClass().getName(), e);
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            model.addAttribute("code", "internal-error");
            return "problem";
        }
        response.setStatus(status(rejection));
        model.addAttribute("code", rejection.code());
        model.addAttribute("rejection", rejection);
        return "problem";
    }

    static int status(Rejection rejection) {
        return switch (rejection.kind()) {
            case INVALID -> 400;
            case RULE -> 422;
            case CONFLICT -> 409;
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
        };
    }
}
