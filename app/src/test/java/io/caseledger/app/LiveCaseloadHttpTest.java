package io.caseledger.app;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A supervisor's open caseload stream receives the change a case manager's command causes, without polling. */
@HttpTest
class LiveCaseloadHttpTest {

    @LocalServerPort
    int port;

    @Test
    void a_command_reaches_an_open_caseload_stream() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/caseloads/alice/stream?timeoutSeconds=30"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("sam:sam-demo".getBytes()))
                .header("Accept", "text/event-stream").build();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> response.body().filter(line -> line.startsWith("data:")).forEach(events::add));
        reader.setDaemon(true);
        reader.start();

        String initial = events.poll(10, TimeUnit.SECONDS);
        assertThat(initial).as("the caseload as it is now, as the API answers it").contains("\"caseManagerId\":\"alice\"", "\"rebuilding\":false")
                .doesNotContain("live-1");

        assertThat(new Api(port).post("alice", "/api/cases", Api.enrolment("live-1", "Grace", "Lee")).status()).isEqualTo(201);
        String update = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline && (update == null || !update.contains("live-1"))) {
            update = events.poll(1, TimeUnit.SECONDS);
        }
        assertThat(update).as("an update naming the new case").contains("live-1").contains("Lee, Grace");
    }

    @Test
    void streams_follow_the_same_access_rules_as_caseloads() {
        Api api = new Api(port);
        assertThat(api.get("bob", "/api/caseloads/alice/stream?timeoutSeconds=1").status()).isEqualTo(403);
        assertThat(api.get("ann", "/api/caseloads/nobody/stream?timeoutSeconds=1").status()).isEqualTo(404);
        assertThat(api.get("sue", "/api/caseloads/alice/stream?timeoutSeconds=1").status()).as("another team's supervisor").isEqualTo(403);
    }

    @Test
    void a_timeout_out_of_range_is_a_400_naming_it() {
        Api.Response answer = new Api(port).get("sam", "/api/caseloads/alice/stream?timeoutSeconds=0");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("field").asString()).isEqualTo("timeoutSeconds");
    }
}
