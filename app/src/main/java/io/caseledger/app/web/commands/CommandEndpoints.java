package io.caseledger.app.web.commands;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every declared command route with its endpoint: the API maps each to its own path, and the pages
 * send their forms through the same endpoint, so a form is checked exactly like a JSON request.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Component
public class CommandEndpoints {

    /** A route's endpoint and the path variables a concrete path gave it. */
    public record Match(CommandRoute route, CommandEndpoint endpoint, Map<String, String> path) {
    }

    private record Entry(PathPattern pattern, CommandRoute route, CommandEndpoint endpoint) {
    }

    private final List<Entry> entries;

    CommandEndpoints(List<CommandRoutes> groups, CommandGateway commands, JsonMapper json) {
        this.entries = groups.stream().flatMap(g -> g.routes().stream())
                .map(route -> new Entry(PathPatternParser.defaultInstance.parse(route.path()), route,
                        new CommandEndpoint(route, commands, json)))
                .toList();
    }

    List<Match> all() {
        return entries.stream().map(e -> new Match(e.route(), e.endpoint(), Map.of())).toList();
    }

    /** The route an API path such as {@code /api/cases/c-1/contacts} names, with its variables bound. */
    public Optional<Match> find(String apiPath) {
        PathContainer container = PathContainer.parsePath(apiPath);
        return entries.stream()
                .map(e -> Optional.ofNullable(e.pattern().matchAndExtract(container))
                        .map(info -> new Match(e.route(), e.endpoint(), info.getUriVariables())))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
