package io.caseledger.domain.intake;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The case manager helped the client with an insurance application. */
@Revision("1")
public record InsuranceApplicationAssisted(String caseId, String programme, InsuranceApplicationStatus status,
                                           LocalDate assistedOn) {
}
