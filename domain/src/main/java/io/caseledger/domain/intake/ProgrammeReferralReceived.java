package io.caseledger.domain.intake;

import io.caseledger.domain.enrolment.PersonalDetails;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.NotPersonal;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A client was referred into the programme; the case exists and awaits an eligibility decision, in the
 * intake queue of the team that received it ({@code intakeTeam}; absent on referrals recorded before
 * intake queues were per team, which stay in the shared queue).
 */
@Revision("2")
public record ProgrammeReferralReceived(
        String caseId,
        PersonalDetails client,
        @Disclosable ReferralSource source,
        @PersonalData String referringOrganisation,
        @PersonalData String reasonForReferral,
        @Disclosable LocalDate receivedOn,
        @NotPersonal("a team of the programme, chosen by the server from the recording user's team") String intakeTeam) {
}
