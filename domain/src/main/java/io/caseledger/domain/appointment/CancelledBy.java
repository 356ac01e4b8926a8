package io.caseledger.domain.appointment;

/** Who cancelled an appointment. */
public enum CancelledBy { CLIENT, PROVIDER, CASE_MANAGER }
