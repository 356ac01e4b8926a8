package io.caseledger.domain.closure;

import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The case was closed (the client disenrolled) for a coded reason. */
@Revision("1")
public record CaseClosed(
        String caseId,
        @Disclosable ClosureReason closureReason,
        @PersonalData String note,
        @Disclosable LocalDate closedOn) {
}
