package io.caseledger.domain.closure;

import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The case was closed (the client disenrolled) for a coded reason. */
@Revision("1")
public record CaseClosed(String caseId, ClosureReason closureReason, @PersonalData String note, LocalDate closedOn) {
}
