package io.caseledger.command.policy;

import io.caseledger.domain.appointment.AppointmentMissed;
import io.caseledger.domain.task.CreateFollowUpTask;
import io.caseledger.domain.task.TaskReason;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A missed appointment gets a follow-up task, due two days after the miss was recorded. The task id
 * derives from the appointment, so a re-delivered event asks for the same task and changes nothing.
 */
@Component
@ProcessingGroup("missed-appointment-policy")
public class MissedAppointmentPolicy {

    static final int FOLLOW_UP_WITHIN_DAYS = 2;

    private final CommandGateway commands;

    public MissedAppointmentPolicy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(AppointmentMissed event, @Timestamp Instant recordedAt) {
        commands.sendAndWait(new CreateFollowUpTask(event.caseId(), "missed-" + event.appointmentId(),
                TaskReason.MISSED_APPOINTMENT, LocalDate.ofInstant(recordedAt, ZoneOffset.UTC).plusDays(FOLLOW_UP_WITHIN_DAYS),
                event.appointmentId(), null));
    }
}
