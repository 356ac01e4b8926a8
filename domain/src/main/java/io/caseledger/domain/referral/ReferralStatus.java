package io.caseledger.domain.referral;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a referral stands, which steps may follow which, and which event puts it there: the
 * referral's state machine, used by the aggregate and the case summary alike.
 */
public enum ReferralStatus {
    CREATED, SENT, ACKNOWLEDGED, ACCEPTED, DECLINED, APPOINTMENT_BOOKED, COMPLETED, CLOSED, CANCELLED;

    private static final Map<ReferralStatus, Set<ReferralStatus>> NEXT = Map.of(
            CREATED, EnumSet.of(SENT, CANCELLED),
            SENT, EnumSet.of(ACKNOWLEDGED, ACCEPTED, DECLINED, CANCELLED),
            ACKNOWLEDGED, EnumSet.of(ACCEPTED, DECLINED, CANCELLED),
            ACCEPTED, EnumSet.of(APPOINTMENT_BOOKED, COMPLETED, CANCELLED),
            APPOINTMENT_BOOKED, EnumSet.of(APPOINTMENT_BOOKED, COMPLETED, CANCELLED),
            // The loop closes once the outcome is known: completed, or declined by the recipient.
            COMPLETED, EnumSet.of(CLOSED),
            DECLINED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(ReferralStatus.class),
            CANCELLED, EnumSet.noneOf(ReferralStatus.class));

    /** The status an event leaves its referral in; empty for events that do not change it (prior authorization). */
    public static Optional<ReferralStatus> after(Object event) {
        if (event instanceof ReferralCreated) {
            return Optional.of(CREATED);
        } else if (event instanceof ReferralSent) {
            return Optional.of(SENT);
        } else if (event instanceof ReferralAcknowledged) {
            return Optional.of(ACKNOWLEDGED);
        } else if (event instanceof ReferralAccepted) {
            return Optional.of(ACCEPTED);
        } else if (event instanceof ReferralDeclined) {
            return Optional.of(DECLINED);
        } else if (event instanceof ReferralAppointmentBooked) {
            return Optional.of(APPOINTMENT_BOOKED);
        } else if (event instanceof ReferralCompleted) {
            return Optional.of(COMPLETED);
        } else if (event instanceof ReferralLoopClosed) {
            return Optional.of(CLOSED);
        } else if (event instanceof ReferralCancelled) {
            return Optional.of(CANCELLED);
        }
        return Optional.empty();
    }

    public boolean canMoveTo(ReferralStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Still waiting on someone: not yet completed, declined, closed or cancelled. */
    public boolean isOpen() {
        return EnumSet.of(CREATED, SENT, ACKNOWLEDGED, ACCEPTED, APPOINTMENT_BOOKED).contains(this);
    }

    /** Overdue is derived, never recorded: open past its due date. */
    public boolean isOverdue(LocalDate dueBy, LocalDate today) {
        return isOpen() && dueBy != null && today.isAfter(dueBy);
    }
}
