package io.caseledger.domain.consent;

import io.caseledger.domain.shared.Disclosable;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The client was given the statement of rights and responsibilities (an NCQA element). */
@Revision("1")
public record RightsAndResponsibilitiesProvided(
        String caseId,
        @Disclosable LocalDate providedOn,
        @Disclosable ConsentMethod method) {
}
