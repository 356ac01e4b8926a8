package io.caseledger.domain.assessment;

/** What was done about a safety concern. */
public enum SafetyAction { SAFETY_PLAN, CRISIS_REFERRAL, PSYCHIATRIC_CONSULT, CLINICIAN_NOTIFIED, EMERGENCY_SERVICES }
