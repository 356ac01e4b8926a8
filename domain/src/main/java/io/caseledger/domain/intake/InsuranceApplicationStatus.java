package io.caseledger.domain.intake;

/** Where an insurance application the case manager helped with stands. */
public enum InsuranceApplicationStatus { STARTED, SUBMITTED, APPROVED, DENIED }
