package io.caseledger.domain.enrolment;

import io.caseledger.domain.shared.AssignsCaseManager;
import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Enrol a client into the programme under a case manager; opens the case's event stream. */
public record EnrolClient(
        @TargetAggregateIdentifier String caseId,
        PersonalDetails client,
        String caseManagerId,
        String preferredLanguage,
        boolean interpreterNeeded,
        InsuranceStatus insuranceStatus,
        LocalDate enrolledOn) implements AssignsCaseManager {

    public EnrolClient {
        caseId = Require.id("caseId", caseId);
        client = PersonalDetails.checked("client", client);
        caseManagerId = Require.id("caseManagerId", caseManagerId);
        preferredLanguage = preferredLanguage == null ? "en" : Require.text("preferredLanguage", preferredLanguage, 35);
        insuranceStatus = insuranceStatus == null ? InsuranceStatus.UNKNOWN : insuranceStatus;
        enrolledOn = Require.plausibleDate("enrolledOn", enrolledOn);
    }

    @Override
    public String assignedCaseManagerId() {
        return caseManagerId;
    }
}
