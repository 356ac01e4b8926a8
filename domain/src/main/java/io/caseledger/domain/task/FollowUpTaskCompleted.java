package io.caseledger.domain.task;

import org.axonframework.serialization.Revision;

/** A follow-up task was done. */
@Revision("1")
public record FollowUpTaskCompleted(String caseId, String taskId, String outcome) {
}
