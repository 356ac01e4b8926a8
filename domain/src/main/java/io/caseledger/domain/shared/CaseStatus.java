package io.caseledger.domain.shared;

/**
 * Where a case stands: REFERRED -> ELIGIBLE | INELIGIBLE -> ENROLLED -> CLOSED, and a closed case
 * may be reopened back to ENROLLED. A walk-in client may be enrolled without an intake referral.
 */
public enum CaseStatus { REFERRED, ELIGIBLE, INELIGIBLE, ENROLLED, CLOSED }
