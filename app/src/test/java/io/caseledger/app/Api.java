package io.caseledger.app;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A plain HTTP client for the API as a user would call it: Basic credentials, JSON bodies. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public Api(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Response get(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response get(String user, String path, String header, String value) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).header(header, value).GET());
    }

    public Response post(String user, String path, String json) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response post(String user, String path, String json, String correlationId) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("X-Correlation-Id", correlationId)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** {@code user} is "name" (demo password "name-demo"), "name:password", or null for no credentials. */
    private Response send(String user, HttpRequest.Builder request) {
        if (user != null) {
            String credentials = user.contains(":") ? user : user + ":" + user + "-demo";
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("X-Correlation-Id").orElse(null), response.body(),
                    response.headers().firstValue("X-CaseLedger-Source").orElse(null));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code source}: where a case view came from, "projection" or "event-store". */
    public record Response(int status, String contentType, String correlationId, String body, String source) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    public static String enrolment(String caseId, String givenName, String familyName) {
        return """
                {"caseId":"%s","client":{"givenName":"%s","familyName":"%s","dateOfBirth":"1975-04-02"},
                 "preferredLanguage":"es","interpreterNeeded":true,"insuranceStatus":"UNINSURED"}
                """.formatted(caseId, givenName, familyName);
    }
}
