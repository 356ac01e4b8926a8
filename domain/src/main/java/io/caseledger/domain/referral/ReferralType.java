package io.caseledger.domain.referral;

/** What the client is referred for. */
public enum ReferralType {
    SPECIALIST, BEHAVIOURAL_HEALTH, COMMUNITY_SERVICE, PHARMACY_ASSISTANCE, TRANSPORT, INTERPRETER,
    SUPPORT_GROUP, HEALTH_EDUCATION
}
