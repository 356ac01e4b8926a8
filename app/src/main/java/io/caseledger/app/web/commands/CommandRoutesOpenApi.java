package io.caseledger.app.web.commands;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Documents the command routes in the OpenAPI description. They are registered from tables rather
 * than annotated methods, so springdoc sees one generic handler; this fills in each route's real
 * request body (the command record, minus the fields taken from the path, with the fields its
 * validation demands marked required), its roles and its answers.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Component
class CommandRoutesOpenApi implements OpenApiCustomizer {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final String PROBLEM = "application/problem+json";

    private final List<CommandRoutes> groups;

    CommandRoutesOpenApi(List<CommandRoutes> groups) {
        this.groups = groups;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void customise(OpenAPI api) {
        Map<String, Schema> components = api.getComponents().getSchemas() == null ? new TreeMap<>() : api.getComponents().getSchemas();
        groups.stream().flatMap(g -> g.routes().stream()).forEach(route -> {
            ResolvedSchema resolved = ModelConverters.getInstance().readAllAsResolvedSchema(new AnnotatedType(route.command()));
            Schema body = resolved.schema == null ? new ObjectSchema() : resolved.schema;
            if (resolved.referencedSchemas != null) {
                resolved.referencedSchemas.forEach(components::putIfAbsent);
            }
            Operation operation = new Operation()
                    .operationId(route.command().getSimpleName())
                    .summary(route.command().getSimpleName())
                    .description("Records what happened as an event on the case. Roles: " + String.join(", ",
                            route.roles().stream().map(Enum::name).sorted().toList())
                            + (route.generatedId() == null ? "." : ". `" + route.generatedId() + "` is generated when omitted."))
                    .addTagsItem("commands");
            Set<String> fromPath = new HashSet<>();
            Matcher variables = VARIABLE.matcher(route.path());
            while (variables.find()) {
                String name = variables.group(1);
                fromPath.add(name);
                operation.addParametersItem(new PathParameter().name(name).required(true).schema(new StringSchema()));
                if (body.getProperties() != null) {
                    body.getProperties().remove(name);
                }
            }
            RequiredFields.of(route.command()).stream()
                    .filter(path -> !fromPath.contains(path) && !path.equals(route.generatedId()))
                    .forEach(path -> markRequired(body, path, components));
            operation.requestBody(new RequestBody().required(true)
                    .content(new Content().addMediaType("application/json", new MediaType().schema(body))));
            ApiResponses responses = new ApiResponses()
                    .addApiResponse(route.generatedId() == null ? "200" : "201", new ApiResponse()
                            .description("Recorded; the body names the ids of what changed")
                            .content(new Content().addMediaType("application/json",
                                    new MediaType().schema(new ObjectSchema().additionalProperties(new StringSchema())))));
            Map.of("400", "A field is missing or malformed (the problem names it)", "401", "Not signed in",
                    "403", "Your role may not send this command", "404", "No such case (or outside your caseload scope)",
                    "409", "Conflicts with what already happened", "422", "A business rule refuses it (the problem's code says which)")
                    .forEach((status, text) -> responses.addApiResponse(status, new ApiResponse().description(text)
                            .content(new Content().addMediaType(PROBLEM, new MediaType().schema(new ObjectSchema())))));
            operation.responses(responses);
            // Added to the path's item, not in its place: a command's path may also be read (GET /api/resources lists the directory).
            PathItem item = api.getPaths() == null ? null : api.getPaths().get(route.path());
            api.path(route.path(), (item == null ? new PathItem() : item).post(operation));
        });
        api.getComponents().setSchemas(components);
    }

    /** Marks the last step of a dotted path required, following references into the shared schemas and lists into their items. */
    @SuppressWarnings("rawtypes")
    private static void markRequired(Schema schema, String path, Map<String, Schema> components) {
        Schema target = resolve(schema, components);
        int dot = path.indexOf('.');
        String step = dot < 0 ? path : path.substring(0, dot);
        String name = step.endsWith("[]") ? step.substring(0, step.length() - 2) : step;
        if (target == null || target.getProperties() == null || !target.getProperties().containsKey(name)) {
            return;
        }
        if (dot < 0) {
            if (target.getRequired() == null || !target.getRequired().contains(name)) {
                target.addRequiredItem(name);
            }
            return;
        }
        Schema property = (Schema) target.getProperties().get(name);
        markRequired(step.endsWith("[]") ? resolve(property, components).getItems() : property, path.substring(dot + 1), components);
    }

    @SuppressWarnings("rawtypes")
    private static Schema resolve(Schema schema, Map<String, Schema> components) {
        return schema == null || schema.get$ref() == null ? schema
                : components.get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
    }
}
