package io.caseledger.domain.task;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A follow-up task was created for the case manager. */
@Revision("1")
public record FollowUpTaskCreated(
        String caseId,
        @Disclosable(As.PSEUDONYM) String taskId,
        @Disclosable TaskReason reason,
        @Disclosable LocalDate dueOn,
        @Disclosable(As.PSEUDONYM) String appointmentId,
        @PersonalData String note) {
}
