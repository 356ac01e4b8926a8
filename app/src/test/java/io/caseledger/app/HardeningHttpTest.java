package io.caseledger.app;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Limits and headers a health-records API should have whatever endpoint is called. */
// Two tests lock an account for minutes: the application is closed after this class, so no later test meets the lock.
@HttpTest
@DirtiesContext
class HardeningHttpTest {

    @LocalServerPort
    int port;

    @Test
    void repeated_failed_logins_lock_the_account_name_for_a_while() {
        Api api = new Api(port);
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("rae:guess-" + i, "/api/caseloads/alice").status()).isEqualTo(401);
        }
        Api.Response locked = api.get("rae", "/api/caseloads/alice");
        assertThat(locked.status()).as("even the right password waits out the window").isEqualTo(429);
        assertThat(locked.json().get("code").asString()).isEqualTo("too-many-failed-logins");
        assertThat(api.get("bob", "/api/caseloads/bob").status()).as("other accounts are unaffected").isEqualTo(200);
    }

    @Test
    void oversized_bodies_are_refused_before_they_are_read() {
        String huge = "{\"note\":\"" + "x".repeat(70_000) + "\"}";
        Api.Response response = new Api(port).post("alice", "/api/cases", huge);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void responses_carry_security_headers_and_are_never_cached() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/caseloads/alice"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("alice:alice-demo".getBytes())).build(),
                HttpResponse.BodyHandlers.ofString());
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).contains("default-src 'none'; frame-ancestors 'none'");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(headers.firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(headers.firstValue("Set-Cookie")).as("stateless: no session cookie").isEmpty();
    }

    /**
     * The refusals written by the servlet filters and security handlers themselves (before Spring MVC)
     * carry the same {@code instance} as every other problem: the request's correlation id.
     */
    @Test
    void problems_written_before_spring_mvc_name_the_request_as_instance() {
        Api api = new Api(port);
        List<Api.Response> answers = new ArrayList<>();
        answers.add(api.get("alice:wrong", "/api/caseloads/alice"));
        answers.add(api.get("ada", "/api/feed"));
        answers.add(api.post("alice", "/api/cases", "{\"note\":\"" + "x".repeat(70_000) + "\"}", "hard-413"));
        for (int i = 0; i < 5; i++) {
            api.get("sue:guess-" + i, "/api/teams/south");
        }
        answers.add(api.get("sue", "/api/teams/south"));

        assertThat(answers).extracting(Api.Response::status).containsExactly(401, 403, 413, 429);
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.correlationId()).isNotBlank();
            assertThat(answer.json().get("instance").asString()).as(answer.body())
                    .isEqualTo("urn:caseledger:request:" + answer.correlationId());
        });
        assertThat(answers.get(2).correlationId()).isEqualTo("hard-413");
    }
}
