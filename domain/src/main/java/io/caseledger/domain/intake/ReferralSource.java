package io.caseledger.domain.intake;

/** Where a referral into the programme came from. */
public enum ReferralSource { EMERGENCY_DEPARTMENT, INPATIENT, CLINIC, SELF, COMMUNITY_AGENCY }
