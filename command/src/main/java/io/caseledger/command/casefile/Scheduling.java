package io.caseledger.command.casefile;

import java.time.LocalDate;
import java.time.Clock;
import io.caseledger.domain.shared.Require;
import io.caseledger.domain.appointment.AppointmentScheduled;
import io.caseledger.domain.appointment.ScheduleAppointment;
import io.caseledger.domain.shared.CommandRejected;
import io.caseledger.domain.task.*;
import io.caseledger.domain.transition.*;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** Appointments, follow-up tasks and transitions of care: what is due, and what must follow. */
class Scheduling {

    private final Case owner;
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<String, Appointment> appointments = new HashMap<>();
    /** Task id -> completed. */
    private final Map<String, Boolean> tasks = new HashMap<>();

    Scheduling(Case owner) {
        this.owner = owner;
    }

    @CommandHandler
    void handle(ScheduleAppointment c) {
        owner.requireOpen();
        if (appointments.containsKey(c.appointmentId())) {
            throw CommandRejected.conflict("appointment-exists", "An appointment with this id is already recorded.");
        }
        apply(new AppointmentScheduled(c.caseId(), c.appointmentId(), c.with(), c.organisation(), c.at(), c.location(),
                c.virtual(), c.purpose(), c.referralId()));
    }

    /** Idempotent: a policy may deliver the same request twice, and the second must change nothing. */
    @CommandHandler
    void handle(CreateFollowUpTask c) {
        if (tasks.containsKey(c.taskId())) {
            return;
        }
        owner.requireOpen();
        apply(new FollowUpTaskCreated(c.caseId(), c.taskId(), c.reason(), c.dueOn(), c.appointmentId(), c.note()));
    }

    @CommandHandler
    void handle(CompleteFollowUpTask c) {
        Boolean completed = tasks.get(c.taskId());
        if (completed == null) {
            throw CommandRejected.notFound("task-not-found", "No such follow-up task.");
        }
        if (completed) {
            throw CommandRejected.conflict("task-already-completed", "The task is already completed.");
        }
        apply(new FollowUpTaskCompleted(c.caseId(), c.taskId(), c.outcome()));
    }

    @CommandHandler
    void handle(RecordAdmission c) {
        owner.requireOpen();
        apply(new AdmissionNotified(c.caseId(), c.admissionId(), c.facility(), c.type(), c.admittedAt()));
    }

    /** A discharge makes a follow-up due: recorded with it, in the same command, so it cannot be forgotten. */
    @CommandHandler
    void handle(RecordDischarge c, Clock clock) {
        owner.requireOpen();
        LocalDate dischargedOn = Require.pastDate("dischargedOn", c.dischargedOn(), clock);
        var due = dischargedOn.plusDays(c.followUpWithinDays());
        apply(new DischargeNotified(c.caseId(), c.admissionId(), c.facility(), dischargedOn, due));
        String taskId = "discharge-" + c.admissionId();
        if (!tasks.containsKey(taskId)) {
            apply(new FollowUpTaskCreated(c.caseId(), taskId, TaskReason.POST_DISCHARGE, due, null, null));
        }
    }

    List<CaseSnapshot.AppointmentState> appointmentStates() {
        return CaseSnapshot.sorted(appointments.values().stream().map(Appointment::state).toList(),
                CaseSnapshot.AppointmentState::appointmentId);
    }

    List<CaseSnapshot.TaskState> taskStates() {
        return CaseSnapshot.sorted(tasks.entrySet().stream().map(t -> new CaseSnapshot.TaskState(t.getKey(), t.getValue())).toList(),
                CaseSnapshot.TaskState::taskId);
    }

    void restore(CaseSnapshot snapshot) {
        appointments.clear();
        snapshot.appointments().forEach(s -> appointments.put(s.appointmentId(), new Appointment(owner, s)));
        tasks.clear();
        snapshot.tasks().forEach(t -> tasks.put(t.taskId(), t.completed()));
    }

    @EventSourcingHandler
    void on(AppointmentScheduled e) {
        appointments.put(e.appointmentId(), new Appointment(owner, e));
    }

    @EventSourcingHandler
    void on(FollowUpTaskCreated e) {
        tasks.put(e.taskId(), false);
    }

    @EventSourcingHandler
    void on(FollowUpTaskCompleted e) {
        tasks.put(e.taskId(), true);
    }
}
