package io.caseledger.domain.referral;

/** How soon the referral must be acted on. */
public enum Urgency { ROUTINE, URGENT, EMERGENT }
