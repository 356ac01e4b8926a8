package io.caseledger.domain.assessment;

/** Why a case is flagged for caseload review. */
public enum ReviewReason { NOT_IMPROVING, SAFETY, OTHER }
