package io.caseledger.domain.contact;

/** Whether a contact attempt reached the client. */
public enum ContactOutcome { ATTEMPTED, SUCCESSFUL }
