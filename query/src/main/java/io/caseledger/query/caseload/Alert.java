package io.caseledger.query.caseload;

import java.time.LocalDate;

/** Something about a case that needs attention now, with the date it became due and what it is about. */
public record Alert(Kind kind, LocalDate since, String about) {

    public enum Kind {
        SAFETY_FLAG_OPEN, NOT_IMPROVING, MISSED_APPOINTMENT_WITHOUT_FOLLOW_UP, FOLLOW_UP_OVERDUE,
        POST_DISCHARGE_FOLLOW_UP_OVERDUE, NO_RECENT_CONTACT, CONSENT_EXPIRING, CONSENT_EXPIRED, REFERRAL_OVERDUE,
        INITIAL_ASSESSMENT_OVERDUE
    }
}
