package io.caseledger.domain.task;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

/** A follow-up task was done. */
@Revision("1")
public record FollowUpTaskCompleted(
        String caseId,
        @Disclosable(As.PSEUDONYM) String taskId,
        @PersonalData String outcome) {
}
