package io.caseledger.app.web.resources;

import io.caseledger.app.web.commands.CommandRoutes;
import io.caseledger.domain.resource.DeactivateCommunityResource;
import io.caseledger.domain.resource.RegisterCommunityResource;
import io.caseledger.domain.resource.UpdateCommunityResource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static io.caseledger.app.web.commands.CommandRoute.post;
import static io.caseledger.domain.shared.Role.*;

@Configuration(proxyBeanMethods = false)
class ResourceRoutes {

    @Bean
    CommandRoutes resourceCommandRoutes() {
        return CommandRoutes.of(
                post("/api/resources", RegisterCommunityResource.class, CASE_MANAGER, SUPERVISOR, ADMIN).creating("resourceId"),
                post("/api/resources/{resourceId}/update", UpdateCommunityResource.class, CASE_MANAGER, SUPERVISOR, ADMIN),
                post("/api/resources/{resourceId}/deactivation", DeactivateCommunityResource.class, SUPERVISOR, ADMIN));
    }
}
