package io.caseledger.domain.shared;

/** The roles staff act in; every event records the role its author acted in (metadata {@code userRole}). */
public enum Role { CASE_MANAGER, SUPERVISOR, AUDITOR, REPORTING, ADMIN }
