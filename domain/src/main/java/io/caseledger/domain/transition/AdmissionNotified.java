package io.caseledger.domain.transition;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The client was admitted, or seen in the ED, at a facility. */
@Revision("1")
public record AdmissionNotified(
        String caseId,
        @Disclosable(As.PSEUDONYM) String admissionId,
        @PersonalData String facility,
        @Disclosable AdmissionType type,
        @Disclosable Instant admittedAt) {
}
