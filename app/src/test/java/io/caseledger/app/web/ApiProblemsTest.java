package io.caseledger.app.web;

import io.caseledger.app.messaging.CorrelationIdFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** A failure of ours is one the caller can quote: the 500 carries the request's correlation id. */
class ApiProblemsTest {

    @AfterEach
    void clear() {
        MDC.remove(CorrelationIdFilter.MDC_KEY);
    }

    @Test
    void an_unexpected_failure_answers_500_with_the_correlation_id_and_says_nothing_of_the_failure() {
        MDC.put(CorrelationIdFilter.MDC_KEY, "intake-0001");
        ResponseEntity<Object> answer = new ApiProblems().unexpected(new IllegalStateException("Secret-Detail-Qz"));
        ProblemDetail problem = (ProblemDetail) answer.getBody();
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(problem.getProperties()).containsEntry("code", "internal-error").containsEntry("correlationId", "intake-0001");
        assertThat(problem.getInstance()).hasToString("urn:caseledger:request:intake-0001");
        assertThat(problem.getDetail()).doesNotContain("Secret-Detail-Qz");
    }
}
