package io.caseledger.domain.referral;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where a referral stands, and which steps may follow which: the referral's state machine. */
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
