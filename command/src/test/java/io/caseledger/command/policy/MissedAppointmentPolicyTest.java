package io.caseledger.command.policy;

import io.caseledger.domain.appointment.AppointmentMissed;
import io.caseledger.domain.task.CreateFollowUpTask;
import io.caseledger.domain.task.TaskReason;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The policy turns a missed appointment into a follow-up task request with a stable id. */
class MissedAppointmentPolicyTest {

    @Test
    void a_missed_appointment_asks_for_a_follow_up_due_two_days_later() {
        List<Object> sent = new ArrayList<>();
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(CreateFollowUpTask.class.getName(), (CommandMessage<?> command) -> sent.add(command.getPayload()));
        MissedAppointmentPolicy policy = new MissedAppointmentPolicy(DefaultCommandGateway.builder().commandBus(bus).build());

        AppointmentMissed missed = new AppointmentMissed("case-1", "a-7", Instant.parse("2026-03-09T15:00:00Z"));
        policy.on(missed, Instant.parse("2026-03-10T08:00:00Z"));
        policy.on(missed, Instant.parse("2026-03-10T08:00:00Z"));

        CreateFollowUpTask expected = new CreateFollowUpTask("case-1", "missed-a-7", TaskReason.MISSED_APPOINTMENT,
                LocalDate.of(2026, 3, 12), "a-7", null);
        assertThat(sent).containsExactly(expected, expected);
    }
}
