package io.caseledger.domain.transition;

/** What kind of stay the client had. */
public enum AdmissionType { INPATIENT, ED_VISIT, OBSERVATION }
