package io.caseledger.domain.consent;

/** Kinds of recipient a consent can name instead of (or besides) one organisation. */
public enum RecipientCategory {
    PRIMARY_CARE, BEHAVIOURAL_HEALTH, SPECIALIST, COMMUNITY_SERVICE, PHARMACY, TRANSPORT, INTERPRETER,
    SUPPORT_GROUP, HEALTH_EDUCATION, FAMILY_CAREGIVER, PAYER
}
