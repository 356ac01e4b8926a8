package io.caseledger.domain.consent;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The client was given the statement of rights and responsibilities (an NCQA element). */
@Revision("1")
public record RightsAndResponsibilitiesProvided(String caseId, LocalDate providedOn, ConsentMethod method) {
}
