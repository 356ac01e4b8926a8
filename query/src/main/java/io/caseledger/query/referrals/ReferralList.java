package io.caseledger.query.referrals;

import io.caseledger.domain.consent.Recipient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A page of referrals, and the cursor of the next page (null on the last). */
public record ReferralList(List<TrackedReferral> referrals, String nextCursor) {

    /** The one order this list is paged in (by due date); a cursor names it, and the web layer checks a cursor against it. */
    public static final String ORDER = "dueBy";

    /** One referral: whose, where it stands, when it is due and whether that has passed, and to whom it went. */
    public record TrackedReferral(String referralId, String caseId, String caseManagerId, String clientName, String status, String type,
                        String urgency, Recipient recipient, String resourceId, LocalDate dueBy, boolean overdue, LocalDate sentOn,
                        Instant appointmentAt, String priorAuthorization, Instant closedAt) {
    }
}
