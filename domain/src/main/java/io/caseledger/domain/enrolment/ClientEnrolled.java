package io.caseledger.domain.enrolment;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A client was enrolled into the programme and the case opened under a case manager. */
@Revision("1")
public record ClientEnrolled(
        String caseId,
        PersonalDetails client,
        @Disclosable(As.PSEUDONYM) String caseManagerId,
        @PersonalData String preferredLanguage,
        @Disclosable boolean interpreterNeeded,
        @Disclosable InsuranceStatus insuranceStatus,
        @Disclosable LocalDate enrolledOn) {
}
