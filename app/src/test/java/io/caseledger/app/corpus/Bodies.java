package io.caseledger.app.corpus;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.caseledger.app.corpus.MalformedRequests.ECHO;
import static io.caseledger.app.corpus.MalformedRequests.HUGE;

/**
 * Wrong values for each field of a request body, by the field's type in the OpenAPI schema. Every
 * free-text field gets a lone UTF-16 surrogate; besides that, each field gets the next two values of
 * its type's list, so the corpus stays a few hundred requests while every value meets every route.
 */
final class Bodies {

    private static final String OBJECT = "{\"$gt\":\"" + ECHO + "\"}";
    private static final String SURROGATE = "\"" + ECHO + "\\ud800b\"";
    private static final Map<String, List<String>> WRONG = Map.of(
            "string", List.of(OBJECT, "[\"" + ECHO + "\"]", "12", "true", "1.5", "\"" + ECHO + "\\udc00\""),
            "enum", List.of("0", "\"" + ECHO + "\"", OBJECT, "true", "[\"" + ECHO + "\"]"),
            "date", List.of("\"+99999-01-01\"", "\"0000-01-01\"", "\"2026-02-30\"", "20260101", "[2026,1,1]", "\"" + ECHO + "\"",
                    "\"2026-1-1\"", "\"-2026-01-01\""),
            "integer", List.of("1.5", "\"12\"", HUGE, "true", OBJECT, "-" + HUGE, "1e3", "\"" + ECHO + "\""),
            "boolean", List.of("\"true\"", "1", OBJECT, "\"" + ECHO + "\""),
            "array", List.of("\"" + ECHO + "\"", OBJECT, "[" + OBJECT + "]", "[null]"),
            "object", List.of("\"" + ECHO + "\"", "[]", "12"));

    private final JsonNode components;
    private final Map<String, Integer> turn = new LinkedHashMap<>();

    Bodies(JsonNode components) {
        this.components = components;
    }

    JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.isEmpty() ? schema : components.path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    /** Field path ("client.givenName") to the JSON values to try in it. */
    Map<String, List<String>> mutations(JsonNode schema, String prefix) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        schema.path("properties").properties().forEach(property -> {
            String field = prefix + property.getKey();
            JsonNode type = resolve(property.getValue());
            String kind = kind(type);
            List<String> values = new ArrayList<>(next(kind, 2));
            if (kind.equals("string")) {
                values.add(SURROGATE);
            }
            if (kind.equals("array")) {
                values.add(tooMany(resolve(type.path("items"))));
            }
            out.put(field, values);
            if (kind.equals("object") && prefix.isEmpty()) {
                out.putAll(mutations(type, field + "."));
            }
        });
        return out;
    }

    /** {@code {"a":{"b":value}}} for field "a.b". */
    String nest(String field, String value) {
        String[] parts = field.split("\\.");
        String json = value;
        for (int i = parts.length - 1; i >= 0; i--) {
            json = "{\"" + parts[i] + "\":" + json + "}";
        }
        return json;
    }

    private static String kind(JsonNode type) {
        if (type.has("enum")) {
            return "enum";
        }
        if ("date".equals(type.path("format").asString(""))) {
            return "date";
        }
        String name = type.path("type").asString(type.has("properties") ? "object" : "string");
        return WRONG.containsKey(name) ? name : name.equals("number") ? "integer" : "string";
    }

    private List<String> next(String kind, int count) {
        List<String> values = WRONG.get(kind);
        int start = turn.merge(kind, count, Integer::sum) - count;
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            picked.add(values.get((start + i) % values.size()));
        }
        return picked;
    }

    /** A list far longer than any command needs, of values that are individually fine. */
    private static String tooMany(JsonNode items) {
        String one = items.has("enum") ? "\"" + items.get("enum").get(0).asString() + "\""
                : "integer".equals(items.path("type").asString("")) ? "1" : "\"a\"";
        return "[" + String.join(",", Collections.nCopies(2_000, one)) + "]";
    }
}
