package io.caseledger.domain.shared;

import io.caseledger.domain.closure.CaseClosed;
import io.caseledger.domain.closure.CaseReopened;
import io.caseledger.domain.enrolment.ClientEnrolled;
import io.caseledger.domain.intake.EligibilityDetermined;
import io.caseledger.domain.intake.ProgrammeReferralReceived;

import java.util.Optional;

/**
 * Where a case stands: REFERRED -> ELIGIBLE | INELIGIBLE -> ENROLLED -> CLOSED, and a closed case
 * may be reopened back to ENROLLED. A walk-in client may be enrolled without an intake referral.
 */
public enum CaseStatus {
    REFERRED, ELIGIBLE, INELIGIBLE, ENROLLED, CLOSED;

    /** The status an event leaves its case in; empty for the events that do not move it. The aggregate and the summary both fold this. */
    public static Optional<CaseStatus> after(Object event) {
        if (event instanceof ProgrammeReferralReceived) {
            return Optional.of(REFERRED);
        } else if (event instanceof EligibilityDetermined e) {
            return Optional.of(e.eligible() ? ELIGIBLE : INELIGIBLE);
        } else if (event instanceof ClientEnrolled || event instanceof CaseReopened) {
            return Optional.of(ENROLLED);
        } else if (event instanceof CaseClosed) {
            return Optional.of(CLOSED);
        }
        return Optional.empty();
    }
}
