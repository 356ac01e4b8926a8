package io.caseledger.domain.consent;

/** What disclosed information may be used for. */
public enum ConsentPurpose { TREATMENT, CARE_COORDINATION, REFERRAL, PAYMENT, OTHER }
