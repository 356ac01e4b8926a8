package io.caseledger.domain.transition;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The client was discharged; a follow-up is due by the given date. */
@Revision("1")
public record DischargeNotified(
        String caseId,
        @Disclosable(As.PSEUDONYM) String admissionId,
        @PersonalData String facility,
        @Disclosable LocalDate dischargedOn,
        @Disclosable LocalDate followUpDueOn) {
}
