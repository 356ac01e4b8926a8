package io.caseledger.domain.closure;

import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

/** A closed case was reopened and the client is enrolled again. */
@Revision("1")
public record CaseReopened(String caseId, @PersonalData String reason) {
}
