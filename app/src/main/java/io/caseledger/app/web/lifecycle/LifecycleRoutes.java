package io.caseledger.app.web.lifecycle;

import io.caseledger.app.web.commands.CommandRoutes;
import io.caseledger.domain.assignment.AddCareTeamMember;
import io.caseledger.domain.assignment.RemoveCareTeamMember;
import io.caseledger.domain.assignment.TransferCase;
import io.caseledger.domain.closure.CloseCase;
import io.caseledger.domain.closure.ReopenCase;
import io.caseledger.domain.contact.RecordContact;
import io.caseledger.domain.contact.WriteCaseNote;
import io.caseledger.domain.correction.CorrectEntry;
import io.caseledger.domain.correction.MarkEnteredInError;
import io.caseledger.domain.intake.DetermineEligibility;
import io.caseledger.domain.intake.ReceiveProgrammeReferral;
import io.caseledger.domain.intake.RecordInsuranceAssistance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static io.caseledger.app.web.commands.CommandRoute.post;
import static io.caseledger.domain.shared.Role.CASE_MANAGER;
import static io.caseledger.domain.shared.Role.SUPERVISOR;

@Configuration(proxyBeanMethods = false)
class LifecycleRoutes {

    @Bean
    CommandRoutes lifecycleCommandRoutes() {
        return CommandRoutes.of(
                post("/api/intake-referrals", ReceiveProgrammeReferral.class, CASE_MANAGER, SUPERVISOR).creating("caseId"),
                post("/api/cases/{caseId}/eligibility", DetermineEligibility.class, CASE_MANAGER, SUPERVISOR),
                post("/api/cases/{caseId}/insurance-assistance", RecordInsuranceAssistance.class, CASE_MANAGER, SUPERVISOR),
                post("/api/cases/{caseId}/transfer", TransferCase.class, SUPERVISOR),
                post("/api/cases/{caseId}/care-team", AddCareTeamMember.class, CASE_MANAGER, SUPERVISOR).creating("memberId"),
                post("/api/cases/{caseId}/care-team/{memberId}/removal", RemoveCareTeamMember.class, CASE_MANAGER, SUPERVISOR),
                post("/api/cases/{caseId}/closure", CloseCase.class, CASE_MANAGER, SUPERVISOR),
                post("/api/cases/{caseId}/reopening", ReopenCase.class, CASE_MANAGER, SUPERVISOR),
                post("/api/cases/{caseId}/contacts", RecordContact.class, CASE_MANAGER, SUPERVISOR).creating("contactId"),
                post("/api/cases/{caseId}/notes", WriteCaseNote.class, CASE_MANAGER, SUPERVISOR).creating("noteId"),
                post("/api/cases/{caseId}/corrections", CorrectEntry.class, CASE_MANAGER, SUPERVISOR),
                post("/api/cases/{caseId}/entered-in-error", MarkEnteredInError.class, CASE_MANAGER, SUPERVISOR));
    }
}
