package io.caseledger.app;

import io.caseledger.app.web.ReadAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ResolvableType;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI description lists every endpoint, with the real body of each command route and the real answer of each read. */
@HttpTest
class OpenApiHttpTest {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{(\\w+)}");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private JsonNode paths() {
        Api.Response response = new Api(port).get(null, "/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("paths");
    }

    @Test
    void the_description_lists_the_queries() {
        assertThat(paths().propertyNames()).contains("/api/caseloads/{caseManagerId}", "/api/feed", "/api/cases/{caseId}/history",
                "/api/teams/{team}", "/api/teams/{team}/referrals", "/api/teams/{team}/appointments",
                "/api/caseloads/{caseManagerId}/referrals", "/api/caseloads/{caseManagerId}/appointments");
    }

    @Test
    void the_caseloads_paging_sort_and_filter_parameters_are_described() {
        assertThat(paths().get("/api/caseloads/{caseManagerId}").get("get").get("parameters").findValuesAsString("name"))
                .contains("limit", "cursor", "sort", "alert");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"/api/cases/{caseId}, asOf", "/api/cases/{caseId}/history, to", "/api/cases/{caseId}/diff, to"})
    void a_point_in_time_parameter_is_described_as_inclusive(String path, String name) {
        JsonNode parameter = null;
        for (JsonNode p : paths().get(path).get("get").get("parameters")) {
            parameter = name.equals(p.get("name").asString()) ? p : parameter;
        }

        assertThat(parameter).isNotNull();
        assertThat(parameter.get("description").asString()).contains("at or before");
    }

    @Test
    void a_command_route_is_described_with_its_roles_body_and_refusals() {
        JsonNode note = paths().get("/api/cases/{caseId}/notes").get("post");

        assertThat(note.get("operationId").asString()).isEqualTo("WriteCaseNote");
        assertThat(note.get("description").asString()).contains("CASE_MANAGER", "SUPERVISOR", "noteId");
        JsonNode body = note.get("requestBody").get("content").get("application/json").get("schema").get("properties");
        assertThat(body.has("text")).isTrue();
        assertThat(body.has("caseId")).as("taken from the path").isFalse();
        assertThat(note.get("responses").has("422")).isTrue();
        assertThat(note.get("parameters").get(0).get("name").asString()).isEqualTo("caseId");
    }

    @Test
    void a_generated_id_may_be_sent_in_the_body() {
        JsonNode appointment = paths().get("/api/cases/{caseId}/appointments").get("post").get("requestBody")
                .get("content").get("application/json").get("schema").get("properties");

        assertThat(appointment.propertyNames()).contains("appointmentId");
    }

    /**
     * An id in the path that names nothing is bad input like any other: every read route of the
     * description answers it 404 with a code and {@code field} naming the path parameter, whichever
     * kind of thing the id was meant to name (asked as the auditor, or the admin on admin routes,
     * who may read every one of them).
     */
    @Test
    void every_read_route_answers_an_unknown_id_in_its_path_with_a_404_naming_that_parameter() {
        Api api = new Api(port);
        JsonNode paths = api.get(null, "/v3/api-docs").json().get("paths");
        int checked = 0;
        for (String path : paths.propertyNames()) {
            Matcher parameter = PATH_PARAMETER.matcher(path);
            if (!paths.get(path).has("get") || !parameter.find()) {
                continue;
            }
            String name = parameter.group(1);
            String user = path.startsWith("/api/admin/") ? "ada" : "ann";
            String query = path.endsWith("/diff") ? "?fromSequence=0&toSequence=0" : "";
            Api.Response answer = api.get(user, parameter.replaceAll("no-such-id") + query);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.json().get("code").asString()).as(path).endsWith("-not-found");
            assertThat(answer.json().has("field") ? answer.json().get("field").asString() : null).as(path).isEqualTo(name);
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }

    /**
     * A read model's answer ({@code ReadAnswer}) is described as the JSON it is: the fields of the query's
     * result at the top level, beside {@code rebuilding}; for every API route that answers one.
     */
    @Test
    void every_read_answer_is_described_as_its_result_fields_beside_rebuilding() {
        JsonNode description = new Api(port).get(null, "/v3/api-docs").json();
        Map<String, Set<String>> described = new TreeMap<>();
        Map<String, Set<String>> answered = new TreeMap<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getReturnType().getParameterType() != ReadAnswer.class) {
                return;
            }
            Class<?> result = ResolvableType.forMethodReturnType(method.getMethod()).getGeneric(0).resolve();
            for (String path : info.getPatternValues()) {
                Set<String> fields = new TreeSet<>(Arrays.stream(result.getRecordComponents()).map(RecordComponent::getName).toList());
                fields.add("rebuilding");
                answered.put(path, fields);
                JsonNode schema = description.get("paths").get(path).get("get").get("responses").get("200").findValue("schema");
                String ref = schema.path("$ref").asString("");
                JsonNode properties = description.get("components").get("schemas").get(ref.substring(ref.lastIndexOf('/') + 1)).get("properties");
                described.put(path, new TreeSet<>(properties.propertyNames()));
            }
        });
        assertThat(answered).as("routes answering a ReadAnswer").hasSizeGreaterThanOrEqualTo(7);
        assertThat(described).isEqualTo(answered);
    }

    /**
     * The description names a schema after its class's simple name, so two answer types of one simple name
     * (three nested {@code Entry} records once) share one schema, and all but one route are described wrong.
     * Every type the API answers with, nested records included, has a simple name of its own.
     */
    @Test
    void every_type_the_api_answers_with_has_a_schema_name_of_its_own() {
        Map<String, Set<String>> byName = new TreeMap<>();
        mappings.getHandlerMethods().forEach((info, method) ->
                collect(ResolvableType.forMethodReturnType(method.getMethod()), byName, new java.util.HashSet<>()));
        assertThat(byName).as("answer types").hasSizeGreaterThan(10);
        assertThat(byName.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::toString).toList())
                .as("simple names shared by several answer types").isEmpty();
    }

    private static void collect(ResolvableType type, Map<String, Set<String>> byName, Set<Class<?>> seen) {
        Class<?> raw = type.resolve();
        if (raw == null) {
            return;
        }
        for (ResolvableType generic : type.getGenerics()) {
            collect(generic, byName, seen);
        }
        if (type.isArray()) {
            collect(type.getComponentType(), byName, seen);
        }
        if (!raw.isRecord() || !seen.add(raw)) {
            return;
        }
        byName.computeIfAbsent(raw.getSimpleName(), k -> new TreeSet<>()).add(raw.getName());
        for (RecordComponent component : raw.getRecordComponents()) {
            collect(ResolvableType.forType(component.getGenericType()), byName, seen);
        }
    }
}
