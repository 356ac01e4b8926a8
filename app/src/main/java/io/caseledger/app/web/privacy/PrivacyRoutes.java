package io.caseledger.app.web.privacy;

import io.caseledger.app.web.commands.CommandRoutes;
import io.caseledger.domain.erasure.ErasePersonalData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static io.caseledger.app.web.commands.CommandRoute.post;
import static io.caseledger.domain.shared.Role.ADMIN;

/** Erasure of a closed case's personal data: operators, acting for the data protection officer. */
@Configuration(proxyBeanMethods = false)
class PrivacyRoutes {

    @Bean
    CommandRoutes privacyCommandRoutes() {
        return CommandRoutes.of(post("/api/cases/{caseId}/erasure", ErasePersonalData.class, ADMIN));
    }
}
