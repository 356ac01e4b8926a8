package io.caseledger.app.web.commands;

import io.caseledger.app.audit.StreamIds;
import io.caseledger.app.security.Actor;
import io.caseledger.app.web.JsonFields;
import io.caseledger.domain.shared.CommandRejected;
import io.caseledger.domain.shared.Refused;
import io.caseledger.domain.shared.Rejection;
import io.caseledger.domain.shared.Require;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Handles one {@link CommandRoute}: JSON body + path variables -> command -> Axon -> ids of what changed. */
public class CommandEndpoint {

    private final CommandRoute route;
    private final CommandGateway commands;
    private final JsonMapper json;
    private final String target;

    CommandEndpoint(CommandRoute route, CommandGateway commands, JsonMapper json) {
        this.route = route;
        this.target = route.targetIdField();
        this.commands = commands;
        this.json = json;
    }

    public ResponseEntity<Map<String, String>> handle(@PathVariable Map<String, String> path,
                                                      @RequestBody(required = false) JsonNode body) {
        if (route.roles().stream().noneMatch(Actor.require()::is)) {
            throw new AccessDeniedException("Your role may not send this command.");
        }
        if (body != null && !body.isObject()) {
            throw CommandRejected.invalid("body", "must be a JSON object");
        }
        ObjectNode fields = body == null ? json.createObjectNode() : (ObjectNode) body;
        bounded(fields, route.command(), "");
        Map<String, String> ids = new LinkedHashMap<>(path);
        path.forEach((name, value) -> bind(fields, name, value));
        if (route.generatedId() != null) {
            JsonNode given = textual(fields, route.generatedId());
            String id = given == null ? UUID.randomUUID().toString() : given.asString();
            fields.put(route.generatedId(), id);
            ids.put(route.generatedId(), id);
        }
        if (send(toCommand(fields)) instanceof Refused refused) {
            throw CommandRejected.rule(refused.code(), refused.message());
        }
        return ResponseEntity.status(route.generatedId() == null ? HttpStatus.OK : HttpStatus.CREATED).body(ids);
    }

    /** A path variable wins only if the body agrees with it; a mismatch is a client error, not a silent override. */
    private static void bind(ObjectNode fields, String name, String value) {
        JsonNode given = textual(fields, name);
        if (given != null && !value.equals(given.asString())) {
            throw CommandRejected.invalid(name, "must match the path");
        }
        fields.put(name, value);
    }

    /**
     * Lists are bounded before anything is built from them: a set would quietly fold 10,000 copies of
     * one value into one, so the command's own check could not see how long the list was. Only the
     * command's own fields are looked at (by its record's shape), so no name the caller made up is echoed.
     */
    private static void bounded(JsonNode node, Class<?> type, String path) {
        if (node.isArray() && node.size() > Require.MAX_ITEMS) {
            throw CommandRejected.invalid(path, "must list at most " + Require.MAX_ITEMS + " values");
        }
        if (node.isObject() && type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                JsonNode child = node.get(component.getName());
                if (child != null) {
                    bounded(child, component.getType(), path.isEmpty() ? component.getName() : path + "." + component.getName());
                }
            }
        }
    }

    /** An id field as given in the body, null when absent; ids are JSON strings, never objects, arrays or numbers. */
    private static JsonNode textual(ObjectNode fields, String name) {
        JsonNode given = fields.get(name);
        if (given != null && !given.isNull() && !given.isString()) {
            throw CommandRejected.invalid(name, "must be a JSON string");
        }
        return given == null || given.isNull() ? null : given;
    }

    /** The target id names no stream, or the stream of something else (cases and resources share one id space). */
    private Object send(Object command) {
        try {
            return commands.sendAndWait(command);
        } catch (RuntimeException e) {
            if (!StreamIds.namesNoAggregate(e)) {
                throw e;
            }
            if (target.equals("caseId")) {
                throw CommandRejected.noSuchCase();
            }
            String thing = target.endsWith("Id") ? target.substring(0, target.length() - 2) : target;
            throw new CommandRejected(new Rejection(Rejection.Kind.NOT_FOUND, thing + "-not-found", target, "names no such " + thing));
        }
    }

    private Object toCommand(ObjectNode fields) {
        try {
            return json.treeToValue(fields, route.command());
        } catch (JacksonException e) {
            throw JsonFields.rejectionOf(e);
        }
    }
}
