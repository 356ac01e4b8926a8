package io.caseledger.app.web.commands;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.lang.reflect.Method;
import java.util.Map;

/** Registers one Spring MVC mapping per declared route, so each is a real endpoint with its own path. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Component
class CommandEndpointRegistrar implements SmartInitializingSingleton {

    private final RequestMappingHandlerMapping mapping;
    private final CommandEndpoints endpoints;

    CommandEndpointRegistrar(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping,
                             CommandEndpoints endpoints) {
        this.mapping = mapping;
        this.endpoints = endpoints;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Method handle = handleMethod();
        endpoints.all().forEach(match -> mapping.registerMapping(
                RequestMappingInfo.paths(match.route().path())
                        .methods(RequestMethod.POST)
                        .consumes(MediaType.APPLICATION_JSON_VALUE)
                        .options(mapping.getBuilderConfiguration())
                        .build(),
                match.endpoint(), handle));
    }

    private static Method handleMethod() {
        try {
            return CommandEndpoint.class.getMethod("handle", Map.class, tools.jackson.databind.JsonNode.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
