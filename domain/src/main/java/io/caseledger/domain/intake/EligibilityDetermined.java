package io.caseledger.domain.intake;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The programme decided whether the referred client is eligible. Eligibility starts the NCQA 30-day clock. */
@Revision("1")
public record EligibilityDetermined(String caseId, boolean eligible, String reason, LocalDate determinedOn) {
}
