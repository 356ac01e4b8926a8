package io.caseledger.app.web.commands;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/** Registers one Spring MVC mapping per declared route, so each is a real endpoint with its own path. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Component
class CommandEndpointRegistrar implements SmartInitializingSingleton {

    private final RequestMappingHandlerMapping mapping;
    private final List<CommandRoutes> groups;
    private final CommandGateway commands;
    private final JsonMapper json;

    CommandEndpointRegistrar(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping,
                             List<CommandRoutes> groups, CommandGateway commands, JsonMapper json) {
        this.mapping = mapping;
        this.groups = groups;
        this.commands = commands;
        this.json = json;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Method handle = handleMethod();
        groups.stream().flatMap(g -> g.routes().stream()).forEach(route -> mapping.registerMapping(
                RequestMappingInfo.paths(route.path())
                        .methods(RequestMethod.POST)
                        .consumes(MediaType.APPLICATION_JSON_VALUE)
                        .options(mapping.getBuilderConfiguration())
                        .build(),
                new CommandEndpoint(route, commands, json), handle));
    }

    private static Method handleMethod() {
        try {
            return CommandEndpoint.class.getMethod("handle", Map.class, tools.jackson.databind.JsonNode.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
