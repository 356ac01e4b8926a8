package io.caseledger.app.corpus;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static io.caseledger.app.corpus.MalformedRequests.ECHO;
import static io.caseledger.app.corpus.MalformedRequests.HUGE;

/** Sends a {@link Probe} byte for byte and says what is wrong with the answer, if anything. */
final class RawClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    RawClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    List<String> judge(Probe probe) {
        HttpResponse<String> response = send(probe);
        String body = response.body();
        String type = response.headers().firstValue("Content-Type").orElse("");
        List<String> wrong = new ArrayList<>();
        if (response.statusCode() < 400 || response.statusCode() > 499) {
            wrong.add("status " + response.statusCode());
        }
        if (!type.startsWith("application/problem+json")) {
            wrong.add("content type " + type);
        } else {
            JsonNode problem = JSON.readTree(body);
            for (String member : List.of("type", "title", "status", "code")) {
                if (!problem.hasNonNull(member)) {
                    wrong.add("no " + member);
                }
            }
            String field = problem.path("field").asString(null);
            if (probe.field() != null && !(probe.field().equals(field) || field != null
                    && (field.startsWith(probe.field() + "[") || field.startsWith(probe.field() + ".")))) {
                wrong.add("field " + field + " instead of " + probe.field() + " (" + problem.path("code").asString() + ")");
            }
        }
        for (String echoed : List.of(ECHO, HUGE, "jsessionid", "$gt", "\\ud800", "\\udc00")) {
            if (body.contains(echoed)) {
                wrong.add("echoes " + echoed);
            }
        }
        return wrong.isEmpty() ? List.of() : List.of(probe + ": " + String.join(", ", wrong) + " :: "
                + body.replace("\n", " ").substring(0, Math.min(body.length(), 160)));
    }

    private HttpResponse<String> send(Probe probe) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + probe.path()))
                .method(probe.method(), probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(probe.body()));
        probe.headers().forEach(request::header);
        String credentials = probe.user() + ":" + probe.user() + "-demo";
        request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(probe.toString(), e);
        }
    }
}
