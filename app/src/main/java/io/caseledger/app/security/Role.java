package io.caseledger.app.security;

/** The roles staff act in; every event records the role its author acted in. */
public enum Role { CASE_MANAGER, SUPERVISOR, AUDITOR, REPORTING, ADMIN }
