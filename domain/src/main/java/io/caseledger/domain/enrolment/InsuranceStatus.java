package io.caseledger.domain.enrolment;

/** The client's coverage when enrolled; drives whether insurance application help is needed. */
public enum InsuranceStatus { INSURED, UNINSURED, APPLICATION_PENDING, UNKNOWN }
