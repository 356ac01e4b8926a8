package io.caseledger.app.corpus;

import java.util.Map;

/**
 * One hostile request: what it tries, who sends it, and the field a refusal must name (null when
 * the body or a header as a whole is wrong and no single field is to blame).
 */
public record Probe(String what, String user, String method, String path, Map<String, String> headers, byte[] body,
                    String field) {

    public static final String JSON = "application/json";

    static Probe get(String what, String user, String path, String field) {
        return new Probe(what, user, "GET", path, Map.of(), null, field);
    }

    static Probe post(String what, String user, String path, String json, String field) {
        return new Probe(what, user, "POST", path, Map.of("Content-Type", JSON), bytes(json), field);
    }

    Probe withHeaders(String what, Map<String, String> headers) {
        return new Probe(this.what + ", " + what, user, method, path, headers, body, field);
    }

    static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return method + " " + path + " (" + what + ")";
    }
}
