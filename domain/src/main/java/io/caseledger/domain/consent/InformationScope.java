package io.caseledger.domain.consent;

/** Which information a consent releases. Substance-use records (42 CFR Part 2) must be named explicitly. */
public enum InformationScope {
    DEMOGRAPHICS, DIAGNOSES, MEDICATIONS, BEHAVIOURAL_HEALTH, SUBSTANCE_USE, ASSESSMENTS, CARE_PLAN, ALL
}
