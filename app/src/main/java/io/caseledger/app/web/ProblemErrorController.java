package io.caseledger.app.web;

import io.caseledger.app.messaging.CorrelationIdFilter;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page ({@code /error}): what ends in {@code sendError} before or outside a
 * controller (a request the security firewall rejects, a failure past the exception handlers) is
 * answered as problem+json like every other refusal, instead of Spring's JSON that quotes the path.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("/error")
    ResponseEntity<Object> error(HttpServletRequest request, HttpServletResponse response) {
        // Called directly, /error is just a path that names nothing.
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer given && given >= 400 ? given : code == null ? 404 : 500;
        String correlationId = response.getHeader(CorrelationIdFilter.HEADER);
        MDC.put(CorrelationIdFilter.MDC_KEY, correlationId == null ? "" : correlationId);
        try {
            if (status >= 500 && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
                log.error("Unexpected failure outside the request handlers ({})", failure.getClass().getName(), failure);
            }
            SpringProblems.Described problem = SpringProblems.forStatus(status);
            return Problems.of(HttpStatusCode.valueOf(status), problem.code(), null, problem.detail());
        } finally {
            MDC.remove(CorrelationIdFilter.MDC_KEY);
        }
    }
}
