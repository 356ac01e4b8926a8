package io.caseledger.domain.intake;

import io.caseledger.domain.enrolment.PersonalDetails;
import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record a referral of a client into the programme; opens the case as REFERRED. */
public record ReceiveProgrammeReferral(
        @TargetAggregateIdentifier String caseId,
        PersonalDetails client,
        ReferralSource source,
        String referringOrganisation,
        String reasonForReferral,
        LocalDate receivedOn) {

    public ReceiveProgrammeReferral {
        caseId = Require.id("caseId", caseId);
        client = PersonalDetails.checked("client", client);
        Require.present("source", source);
        referringOrganisation = Require.optionalText("referringOrganisation", referringOrganisation, 200);
        reasonForReferral = Require.optionalText("reasonForReferral", reasonForReferral, 2000);
        receivedOn = Require.plausibleDate("receivedOn", receivedOn);
    }
}
