package io.caseledger.domain.assessment;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import org.axonframework.serialization.Revision;

/** PHQ-9 item 9 (thoughts of self-harm) was answered above 0: a safety concern needs action. */
@Revision("1")
public record SafetyConcernFlagged(
        String caseId,
        @Disclosable(As.PSEUDONYM) String assessmentId,
        @Disclosable int item9Score) {
}
