package io.caseledger.app.web.disclosure;

import io.caseledger.app.web.commands.CommandRoutes;
import io.caseledger.domain.consent.ProvideRightsAndResponsibilities;
import io.caseledger.domain.consent.RevokeConsent;
import io.caseledger.domain.consent.SignConsent;
import io.caseledger.domain.referral.*;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static io.caseledger.app.web.commands.CommandRoute.post;
import static io.caseledger.domain.shared.Role.CASE_MANAGER;
import static io.caseledger.domain.shared.Role.SUPERVISOR;

@Configuration(proxyBeanMethods = false)
class DisclosureRoutes {

    private static final String REFERRAL = "/api/cases/{caseId}/referrals/{referralId}";

    @Bean
    CommandRoutes disclosureCommandRoutes() {
        return CommandRoutes.of(
                post("/api/cases/{caseId}/consents", SignConsent.class, CASE_MANAGER, SUPERVISOR).creating("consentId"),
                post("/api/cases/{caseId}/consents/{consentId}/revocation", RevokeConsent.class, CASE_MANAGER, SUPERVISOR),
                post("/api/cases/{caseId}/rights-and-responsibilities", ProvideRightsAndResponsibilities.class, CASE_MANAGER, SUPERVISOR),
                post("/api/cases/{caseId}/referrals", CreateReferral.class, CASE_MANAGER, SUPERVISOR).creating("referralId"),
                post(REFERRAL + "/sending", SendReferral.class, CASE_MANAGER, SUPERVISOR),
                post(REFERRAL + "/acknowledgement", AcknowledgeReferral.class, CASE_MANAGER, SUPERVISOR),
                post(REFERRAL + "/acceptance", AcceptReferral.class, CASE_MANAGER, SUPERVISOR),
                post(REFERRAL + "/decline", DeclineReferral.class, CASE_MANAGER, SUPERVISOR),
                post(REFERRAL + "/appointment", BookReferralAppointment.class, CASE_MANAGER, SUPERVISOR),
                post(REFERRAL + "/completion", CompleteReferral.class, CASE_MANAGER, SUPERVISOR),
                post(REFERRAL + "/loop-closure", CloseReferralLoop.class, CASE_MANAGER, SUPERVISOR),
                post(REFERRAL + "/cancellation", CancelReferral.class, CASE_MANAGER, SUPERVISOR),
                post(REFERRAL + "/prior-authorization", RequestPriorAuthorization.class, CASE_MANAGER, SUPERVISOR),
                post(REFERRAL + "/prior-authorization/approval", ApprovePriorAuthorization.class, CASE_MANAGER, SUPERVISOR),
                post(REFERRAL + "/prior-authorization/denial", DenyPriorAuthorization.class, CASE_MANAGER, SUPERVISOR));
    }
}
