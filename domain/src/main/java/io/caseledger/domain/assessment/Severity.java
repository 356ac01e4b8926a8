package io.caseledger.domain.assessment;

/** Severity bands of PHQ-9 and GAD-7 totals. */
public enum Severity { MINIMAL, MILD, MODERATE, MODERATELY_SEVERE, SEVERE }
