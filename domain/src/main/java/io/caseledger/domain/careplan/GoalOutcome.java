package io.caseledger.domain.careplan;

/** What a progress review found. */
public enum GoalOutcome { MET, PARTIALLY_MET, NOT_MET }
