package io.caseledger.app.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatusCode;

import java.io.IOException;
import java.io.Writer;

/**
 * Tomcat's own error report, for requests it refuses before any servlet sees them (an encoded slash,
 * backslash or NUL in the path): problem+json with a code, instead of an HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        SpringProblems.Described problem = SpringProblems.forStatus(status);
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(Problems.text(HttpStatusCode.valueOf(status), problem.code(), problem.detail()));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client has gone or the response is already under way: nothing more can be said.
        }
    }
}
