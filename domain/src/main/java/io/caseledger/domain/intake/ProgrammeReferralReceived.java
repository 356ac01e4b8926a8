package io.caseledger.domain.intake;

import io.caseledger.domain.enrolment.PersonalDetails;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A client was referred into the programme; the case exists and awaits an eligibility decision. */
@Revision("1")
public record ProgrammeReferralReceived(
        String caseId,
        PersonalDetails client,
        @Disclosable ReferralSource source,
        @PersonalData String referringOrganisation,
        @PersonalData String reasonForReferral,
        @Disclosable LocalDate receivedOn) {
}
