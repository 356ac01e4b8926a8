package io.caseledger.app.corpus;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A corpus of malformed requests for every route of the OpenAPI description: the whole body wrong,
 * each id wrong, each field given values of the wrong shape (rotating through a list per type, so
 * every kind of value reaches every kind of field somewhere), wrong content types and accept headers,
 * odd path ids and out-of-range query parameters. Every value sent carries {@link #ECHO} (or is a
 * number that is never otherwise in an answer), so an answer that echoes it is caught.
 */
public final class MalformedRequests {

    public static final String ECHO = "Xylo7echo";
    public static final String HUGE = "99999999999999999999";
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    static final List<String> ODD_IDS = List.of("a;jsessionid=" + ECHO, ECHO + "%2F..%2Fx", "%7B%22%24gt%22%3A%22" + ECHO + "%22%7D",
            ECHO + "%00", ECHO + "%5C", "x".repeat(300) + ECHO);

    private static final List<String> WHOLE_BODIES = List.of("", "null", "[]", "\"" + ECHO + "\"", "12", "{\"" + ECHO + "\":1}",
            "{\"a\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}", "{\"a\":1", "{\"a\":1}{}", "{'a':1}");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/*", "*/*", "text/*", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=" + ECHO, "nonsense");
    private static final List<String> ACCEPTS = List.of("image/png", "text/csv", "application/xml", "nonsense/", "text/html");
    private static final List<String> WRONG_IDS = List.of("{\"$gt\":\"" + ECHO + "\"}", "[\"" + ECHO + "\"]", "12", "true",
            "\"" + ECHO + "/x\"", "\"\"", "\"" + "x".repeat(65) + "\"");
    private final Map<List<String>, Integer> turn = new java.util.IdentityHashMap<>();
    private final JsonNode api;
    private final Map<String, String> pathValues;
    private final Bodies bodies;

    public MalformedRequests(JsonNode api, Map<String, String> pathValues) {
        this.api = api;
        this.pathValues = pathValues;
        this.bodies = new Bodies(api.path("components").path("schemas"));
    }

    public List<Probe> all() {
        List<Probe> probes = new ArrayList<>();
        api.get("paths").properties().forEach(path -> {
            JsonNode post = path.getValue().get("post");
            if (post != null && post.has("requestBody")) {
                probes.addAll(commands(path.getKey(), post));
            }
            JsonNode get = path.getValue().get("get");
            if (get != null && !path.getKey().startsWith("/v3/") && !path.getKey().endsWith("/stream")) {
                probes.addAll(queries(path.getKey(), get));
            }
        });
        return probes;
    }

    private List<Probe> commands(String template, JsonNode operation) {
        String user = userFor(operation.path("description").asString(""));
        String path = fill(template);
        List<Probe> probes = new ArrayList<>();
        JsonNode schema = bodies.resolve(operation.at("/requestBody/content/application~1json/schema"));
        for (String body : next(WHOLE_BODIES, 3)) {
            probes.add(Probe.post("whole body " + abbreviate(body), user, path, body, null));
        }
        Probe empty = Probe.post("empty object", user, path, "{}", null);
        for (String type : next(CONTENT_TYPES, 2)) {
            probes.add(empty.withHeaders("content type " + type, Map.of("Content-Type", type)));
        }
        for (String accept : next(ACCEPTS, 1)) {
            probes.add(empty.withHeaders("accept " + accept, Map.of("Content-Type", Probe.JSON, "Accept", accept)));
        }
        // Bytes that are not UTF-8 at all, and a surrogate encoded on its own (CESU-8), which UTF-8 forbids.
        for (byte[] invalid : List.of(new byte[]{(byte) 0xff, (byte) 0xfe}, new byte[]{(byte) 0xed, (byte) 0xa0, (byte) 0x80})) {
            probes.add(new Probe("invalid UTF-8", user, "POST", path, Map.of("Content-Type", Probe.JSON),
                    concat(Probe.bytes("{\"" + firstProperty(schema) + "\":\"" + ECHO), invalid, Probe.bytes("\"}")), null));
        }
        String first = firstProperty(schema);
        probes.add(Probe.post("duplicated key", user, path, "{\"" + first + "\":null,\"" + first + "\":null}", "body"));
        for (String id : idFields(template, operation)) {
            for (String value : next(WRONG_IDS, 2)) {
                probes.add(Probe.post(id + " as " + abbreviate(value), user, path, "{\"" + id + "\":" + value + "}", id));
            }
        }
        VARIABLE.matcher(template).results().map(m -> m.group(1)).forEach(variable -> probes.add(Probe.post(
                variable + " in the body disagrees with the path", user, path, "{\"" + variable + "\":\"other-" + ECHO + "\"}", variable)));
        bodies.mutations(schema, "").forEach((field, values) -> values.forEach(value -> probes.add(
                Probe.post(field + " = " + abbreviate(value), user, path, bodies.nest(field, value), field))));
        return probes;
    }

    private List<Probe> queries(String template, JsonNode operation) {
        String user = template.startsWith("/api/feed") ? "rae" : template.startsWith("/api/admin") ? "ada" : "ann";
        String path = fill(template);
        List<Probe> probes = new ArrayList<>();
        Matcher variables = VARIABLE.matcher(template);
        while (variables.find()) {
            String variable = variables.group(0);
            for (String odd : ODD_IDS) {
                probes.add(Probe.get(variable + " = " + abbreviate(odd), user, fill(template.replace(variable, odd)), null));
            }
        }
        for (JsonNode parameter : operation.path("parameters")) {
            String type = parameter.at("/schema/type").asString("");
            if ("query".equals(parameter.path("in").asString()) && (type.equals("integer") || type.equals("number"))) {
                for (String value : List.of(HUGE, "-" + HUGE, "1.5", ECHO, "0x10")) {
                    String name = parameter.get("name").asString();
                    probes.add(Probe.get(name + " = " + value, user, path + "?" + name + "=" + value, name));
                }
            }
        }
        Probe plain = Probe.get("plain", user, path, null);
        String accept = unacceptable(operation);
        probes.add(plain.withHeaders("accept " + accept, Map.of("Accept", accept)));
        if (template.equals("/api/cases/{caseId}") || template.endsWith("/history") || template.endsWith("/diff")) {
            probes.add(plain.withHeaders("purpose of use", Map.of("X-Purpose-Of-Use", ECHO + " !")));
        }
        probes.add(new Probe("DELETE", user, "DELETE", path, Map.of(), null, null));
        probes.add(new Probe("PUT", user, "PUT", path, Map.of("Content-Type", Probe.JSON), Probe.bytes("{}"), null));
        return probes;
    }

    /** The route's id fields: its path variables, and the id it generates when the body has none. */
    private static List<String> idFields(String template, JsonNode operation) {
        List<String> ids = new ArrayList<>(VARIABLE.matcher(template).results().map(m -> m.group(1)).toList());
        Matcher generated = Pattern.compile("`(\\w+)` is generated").matcher(operation.path("description").asString(""));
        if (generated.find()) {
            ids.add(generated.group(1));
        } else if (template.equals("/api/cases")) {
            ids.add("caseId");
        }
        return ids;
    }

    private String fill(String template) {
        String path = template;
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path.replaceAll("\\{[^}]+}", "corpus-x");
    }

    private static String userFor(String description) {
        return description.contains("CASE_MANAGER") || description.isEmpty() ? "alice" : description.contains("SUPERVISOR") ? "sam" : "ada";
    }

    private static String firstProperty(JsonNode schema) {
        return schema.path("properties").propertyNames().stream().findFirst().orElse("note");
    }

    /** The next {@code count} values of a list, continuing where the previous route left off. */
    /** The next of {@link #ACCEPTS} that the query does not answer in (the history answers text/csv). */
    private String unacceptable(JsonNode operation) {
        Set<String> produced = Set.copyOf(operation.path("responses").path("200").path("content").propertyNames());
        String accept = next(ACCEPTS, 1).get(0);
        while (produced.contains(accept)) {
            accept = next(ACCEPTS, 1).get(0);
        }
        return accept;
    }

    private List<String> next(List<String> values, int count) {
        int start = turn.merge(values, count, Integer::sum) - count;
        return java.util.stream.IntStream.range(start, start + count).mapToObj(i -> values.get(i % values.size())).toList();
    }

    static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "...(" + value.length() + ")" : value;
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

}
