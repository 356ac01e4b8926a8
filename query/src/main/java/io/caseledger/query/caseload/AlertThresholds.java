package io.caseledger.query.caseload;

/**
 * When a case needs attention: no successful contact for {@code noContactDays}; a consent expiring
 * within {@code consentExpiringDays}; the initial assessment not complete {@code initialAssessmentDays}
 * after its clock started. Configured as {@code caseledger.alerts.*}.
 */
public record AlertThresholds(int noContactDays, int consentExpiringDays, int initialAssessmentDays) {

    public static final AlertThresholds DEFAULT = new AlertThresholds(30, 30, 30);
}
