package io.caseledger.domain.appointment;

import java.util.Optional;

/**
 * Where an appointment stands, and which event puts it there: the one mapping the aggregate and the
 * case summary both use. Only a scheduled appointment can still be moved, reminded or closed.
 */
public enum AppointmentStatus {
    SCHEDULED, KEPT, MISSED, CANCELLED;

    /** The status an event leaves its appointment in; empty for events that do not change it (reminders, moves). */
    public static Optional<AppointmentStatus> after(Object event) {
        if (event instanceof AppointmentScheduled) {
            return Optional.of(SCHEDULED);
        } else if (event instanceof AppointmentKept) {
            return Optional.of(KEPT);
        } else if (event instanceof AppointmentMissed) {
            return Optional.of(MISSED);
        } else if (event instanceof AppointmentCancelled) {
            return Optional.of(CANCELLED);
        }
        return Optional.empty();
    }
}
