package io.caseledger.domain.referral;

import java.util.Optional;

/**
 * Where a referral's prior authorization stands (none requested: no status), and which event puts it
 * there: the one mapping the aggregate and the case summary both use.
 */
public enum AuthorizationStatus {
    REQUESTED, APPROVED, DENIED;

    /** The status an event leaves its referral's authorization in; empty for events that do not change it. */
    public static Optional<AuthorizationStatus> after(Object event) {
        if (event instanceof PriorAuthorizationRequested) {
            return Optional.of(REQUESTED);
        } else if (event instanceof PriorAuthorizationApproved) {
            return Optional.of(APPROVED);
        } else if (event instanceof PriorAuthorizationDenied) {
            return Optional.of(DENIED);
        }
        return Optional.empty();
    }

    /** A request is pending or granted: asking again would be a second request for the same service. */
    public boolean pendingOrGranted() {
        return this == REQUESTED || this == APPROVED;
    }
}
