package io.caseledger.domain.task;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Create a follow-up task; creating one that already exists does nothing (policies may re-deliver). */
public record CreateFollowUpTask(
        @TargetAggregateIdentifier String caseId,
        String taskId,
        TaskReason reason,
        LocalDate dueOn,
        String appointmentId,
        String note) {

    public CreateFollowUpTask {
        caseId = Require.id("caseId", caseId);
        taskId = Require.id("taskId", taskId);
        reason = reason == null ? TaskReason.OTHER : reason;
        Require.present("dueOn", dueOn);
        appointmentId = appointmentId == null ? null : Require.id("appointmentId", appointmentId);
        note = Require.optionalText("note", note, 2000);
    }
}
