package io.caseledger.command.casefile;

import io.caseledger.domain.appointment.*;
import io.caseledger.domain.shared.CommandRejected;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import java.time.Clock;
import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One appointment: only a scheduled one can be moved, reminded, cancelled, kept or missed. */
class Appointment {

    @EntityId
    private final String appointmentId;
    private final Case owner;
    private Instant at;
    private AppointmentStatus status = AppointmentStatus.SCHEDULED;

    Appointment(Case owner, AppointmentScheduled scheduled) {
        this.owner = owner;
        this.appointmentId = scheduled.appointmentId();
        this.at = scheduled.at();
    }

    Appointment(Case owner, CaseSnapshot.AppointmentState state) {
        this.owner = owner;
        this.appointmentId = state.appointmentId();
        this.at = state.at();
        this.status = state.status();
    }

    CaseSnapshot.AppointmentState state() {
        return new CaseSnapshot.AppointmentState(appointmentId, at, status);
    }

    private void requireScheduled() {
        owner.requireOpen();
        if (status != AppointmentStatus.SCHEDULED) {
            throw CommandRejected.rule("appointment-not-scheduled", "The appointment is already " + status + ".");
        }
    }

    /** Attendance is known only once the appointment's time has come. */
    private void requirePast(Clock clock) {
        if (clock.instant().isBefore(at)) {
            throw CommandRejected.rule("appointment-in-future", "The appointment has not taken place yet.");
        }
    }

    @CommandHandler
    void handle(SendAppointmentReminder c) {
        requireScheduled();
        apply(new AppointmentReminderSent(c.caseId(), appointmentId, c.channel()));
    }

    @CommandHandler
    void handle(RescheduleAppointment c) {
        requireScheduled();
        apply(new AppointmentRescheduled(c.caseId(), appointmentId, at, c.at(), c.reason()));
    }

    @CommandHandler
    void handle(CancelAppointment c) {
        requireScheduled();
        apply(new AppointmentCancelled(c.caseId(), appointmentId, c.cancelledBy(), c.reason()));
    }

    @CommandHandler
    void handle(RecordAppointmentKept c, Clock clock) {
        requireScheduled();
        requirePast(clock);
        apply(new AppointmentKept(c.caseId(), appointmentId));
    }

    @CommandHandler
    void handle(RecordAppointmentMissed c, Clock clock) {
        requireScheduled();
        requirePast(clock);
        apply(new AppointmentMissed(c.caseId(), appointmentId, at));
    }

    @EventSourcingHandler void on(AppointmentRescheduled e) { at = e.at(); }

    /** Events of this appointment (matched by its id) move it as {@link AppointmentStatus#after} says. */
    @EventSourcingHandler
    void on(Object event) {
        AppointmentStatus.after(event).ifPresent(next -> status = next);
    }

    /** State equality (not the owner), for Axon's fixture state checks. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Appointment a && a.appointmentId.equals(appointmentId) && a.at.equals(at) && a.status == status;
    }

    @Override
    public int hashCode() {
        return appointmentId.hashCode();
    }
}
