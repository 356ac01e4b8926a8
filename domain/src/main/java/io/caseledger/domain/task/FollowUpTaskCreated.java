package io.caseledger.domain.task;

import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A follow-up task was created for the case manager. */
@Revision("1")
public record FollowUpTaskCreated(String caseId, String taskId, TaskReason reason, LocalDate dueOn, String appointmentId, @PersonalData String note) {
}
