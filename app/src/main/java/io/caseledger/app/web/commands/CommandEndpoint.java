package io.caseledger.app.web.commands;

import io.caseledger.app.security.Actor;
import io.caseledger.app.web.JsonFields;
import io.caseledger.domain.shared.CommandRejected;
import io.caseledger.domain.shared.Refused;
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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Handles one {@link CommandRoute}: JSON body + path variables -> command -> Axon -> ids of what changed. */
public class CommandEndpoint {

    private final CommandRoute route;
    private final CommandGateway commands;
    private final JsonMapper json;

    CommandEndpoint(CommandRoute route, CommandGateway commands, JsonMapper json) {
        this.route = route;
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
        Map<String, String> ids = new LinkedHashMap<>(path);
        path.forEach((name, value) -> bind(fields, name, value));
        if (route.generatedId() != null) {
            JsonNode given = fields.get(route.generatedId());
            String id = given == null || given.isNull() ? UUID.randomUUID().toString() : given.asString();
            fields.put(route.generatedId(), id);
            ids.put(route.generatedId(), id);
        }
        if (commands.sendAndWait(toCommand(fields)) instanceof Refused refused) {
            throw CommandRejected.rule(refused.code(), refused.message());
        }
        return ResponseEntity.status(route.generatedId() == null ? HttpStatus.OK : HttpStatus.CREATED).body(ids);
    }

    /** A path variable wins only if the body agrees with it; a mismatch is a client error, not a silent override. */
    private static void bind(ObjectNode fields, String name, String value) {
        JsonNode given = fields.get(name);
        if (given != null && !given.isNull() && !value.equals(given.asString())) {
            throw CommandRejected.invalid(name, "must match the path");
        }
        fields.put(name, value);
    }

    private Object toCommand(ObjectNode fields) {
        try {
            return json.treeToValue(fields, route.command());
        } catch (JacksonException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof CommandRejected rejected) {
                    throw rejected;
                }
            }
            var problem = JsonFields.problemOf(e).orElse(new JsonFields.Problem("body", "is not valid here"));
            throw CommandRejected.invalid(problem.field(), problem.message());
        }
    }
}
