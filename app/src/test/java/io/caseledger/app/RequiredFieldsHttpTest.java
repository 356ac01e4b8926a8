package io.caseledger.app;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over every POST route the OpenAPI description gives a JSON body: the fields the server refuses to go
 * without are exactly those the description marks required. Each route starts from an empty body; while
 * the answer is a 400 naming a missing field, that field was demanded and is filled with a sample built
 * from its schema (the next sample when the one sent was refused), until the server accepts the body.
 */
@HttpTest
class RequiredFieldsHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Whoever may send the route: a case manager, else a supervisor, else an admin. */
    private static final List<String> SENDERS = List.of("alice", "sam", "ada");

    @LocalServerPort
    int port;

    @Test
    void every_route_marks_required_exactly_the_fields_its_command_demands() {
        Api api = new Api(port);
        JsonNode description = api.get(null, "/v3/api-docs").json();
        JsonNode components = description.get("components").get("schemas");
        Map<String, Set<String>> demanded = new TreeMap<>();
        Map<String, Set<String>> marked = new TreeMap<>();
        for (String path : description.get("paths").propertyNames()) {
            JsonNode body = description.get("paths").get(path).path("post").path("requestBody").path("content").path("application/json").path("schema");
            if (body.isMissingNode()) {
                continue;
            }
            String url = path.replaceAll("\\{[^}]+}", "rq-1");
            demanded.put(path, new Probe(api, url, resolve(body, components), components).demanded());
            marked.put(path, required(resolve(body, components), components, ""));
        }
        assertThat(demanded).as("POST routes with a body").hasSizeGreaterThan(50);
        assertThat(marked).isEqualTo(demanded);
    }

    /** The required fields of a schema, and of the required objects (and lists of objects) within it, as dotted paths. */
    private static Set<String> required(JsonNode schema, JsonNode components, String prefix) {
        Set<String> paths = new TreeSet<>();
        for (JsonNode name : schema.path("required")) {
            JsonNode property = resolve(schema.get("properties").get(name.asString()), components);
            paths.add(prefix + name.asString());
            if (property.has("properties")) {
                paths.addAll(required(property, components, prefix + name.asString() + "."));
            } else if (property.has("items") && resolve(property.get("items"), components).has("properties")) {
                paths.addAll(required(resolve(property.get("items"), components), components, prefix + name.asString() + "[]."));
            }
        }
        return paths;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode components) {
        String ref = schema.path("$ref").asString("");
        return ref.isEmpty() ? schema : components.get(ref.substring(ref.lastIndexOf('/') + 1));
    }

    /** Fills a body one demanded field at a time, as a client that only reads 400 answers would. */
    private static final class Probe {

        private final Api api;
        private final String url;
        private final JsonNode schema;
        private final JsonNode components;
        private final ObjectNode body = JSON.createObjectNode();
        private final Map<String, Integer> tried = new HashMap<>();
        private final Set<String> demanded = new TreeSet<>();

        Probe(Api api, String url, JsonNode schema, JsonNode components) {
            this.api = api;
            this.url = url;
            this.schema = schema;
            this.components = components;
        }

        Set<String> demanded() {
            String sender = SENDERS.stream().filter(user -> api.post(user, url, "{}").status() != 403).findFirst().orElseThrow();
            for (int attempt = 0; attempt < 100; attempt++) {
                Api.Response answer = api.post(sender, url, body.toString());
                if (answer.status() != 400) {
                    assertThat(answer.status()).as(url + " " + answer.body()).isLessThan(500);
                    return demanded;
                }
                String field = answer.json().path("field").asString(null);
                assertThat(field).as(url + " refused without naming a field: " + answer.body()).isNotNull();
                String path = field.replaceAll("\\[\\d+]", "[]");
                if (!present(field)) {
                    demanded.add(path);
                }
                int next = tried.merge(path, 1, Integer::sum) - 1;
                put(field, next);
            }
            throw new AssertionError(url + ": no accepted body after 100 attempts; last " + body);
        }

        private boolean present(String field) {
            JsonNode node = body;
            for (String step : field.split("\\.")) {
                node = step.contains("[") ? node.path(step.substring(0, step.indexOf('['))).path(index(step)) : node.path(step);
            }
            return !node.isMissingNode() && !node.isNull();
        }

        /** Sets the field (a path into the body) to its schema's sample number {@code n}. */
        private void put(String field, int n) {
            String[] steps = field.split("\\.");
            ObjectNode parent = body;
            JsonNode parentSchema = schema;
            for (int i = 0; i < steps.length; i++) {
                String name = steps[i].contains("[") ? steps[i].substring(0, steps[i].indexOf('[')) : steps[i];
                JsonNode property = resolve(parentSchema.get("properties").get(name), components);
                if (i == steps.length - 1 && !steps[i].contains("[")) {
                    parent.set(name, sample(property, n));
                    return;
                }
                if (steps[i].contains("[")) {
                    JsonNode items = resolve(property.get("items"), components);
                    if (i == steps.length - 1) {
                        ((ArrayNode) parent.get(name)).set(index(steps[i]), sample(items, n));
                        return;
                    }
                    parent = (ObjectNode) parent.get(name).get(index(steps[i]));
                    parentSchema = items;
                } else {
                    parent = (ObjectNode) parent.get(name);
                    parentSchema = property;
                }
            }
        }

        private static int index(String step) {
            return Integer.parseInt(step.substring(step.indexOf('[') + 1, step.indexOf(']')));
        }

        /** Sample number {@code n} of a schema: for objects, empty and then with one property set; for lists, one element more each time. */
        private JsonNode sample(JsonNode schema, int n) {
            List<JsonNode> samples = new ArrayList<>();
            if (schema.has("enum")) {
                schema.get("enum").forEach(samples::add);
            } else {
                switch (schema.path("type").asString("object")) {
                    case "string" -> {
                        switch (schema.path("format").asString("")) {
                            case "date" -> List.of(LocalDate.now().minusDays(1), LocalDate.now().plusDays(30))
                                    .forEach(d -> samples.add(JSON.getNodeFactory().textNode(d.toString())));
                            case "date-time" -> List.of(Instant.now().minus(1, ChronoUnit.HOURS), Instant.now().plus(1, ChronoUnit.DAYS))
                                    .forEach(t -> samples.add(JSON.getNodeFactory().textNode(t.truncatedTo(ChronoUnit.SECONDS).toString())));
                            default -> samples.add(JSON.getNodeFactory().textNode("a1"));
                        }
                    }
                    case "integer", "number" -> samples.add(JSON.getNodeFactory().numberNode(1));
                    case "boolean" -> List.of(true, false).forEach(b -> samples.add(JSON.getNodeFactory().booleanNode(b)));
                    case "array" -> {
                        JsonNode item = sample(resolve(schema.get("items"), components), 0);
                        for (int size = 1; size <= 20; size++) {
                            ArrayNode list = JSON.createArrayNode();
                            for (int i = 0; i < size; i++) {
                                list.add(item.deepCopy());
                            }
                            samples.add(list);
                        }
                    }
                    default -> {
                        samples.add(JSON.createObjectNode());
                        schema.path("properties").propertyNames().forEach(name -> samples.add(
                                JSON.createObjectNode().set(name, sample(resolve(schema.get("properties").get(name), components), 0))));
                    }
                }
            }
            assertThat(n).as(url + ": every sample refused, body " + body).isLessThan(samples.size());
            return samples.get(n);
        }
    }
}
