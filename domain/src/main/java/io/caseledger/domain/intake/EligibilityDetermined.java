package io.caseledger.domain.intake;

import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The programme decided whether the referred client is eligible. Eligibility starts the NCQA 30-day clock. */
@Revision("1")
public record EligibilityDetermined(
        String caseId,
        @Disclosable boolean eligible,
        @PersonalData String reason,
        @Disclosable LocalDate determinedOn) {
}
