package io.caseledger.domain.task;

/** Why a follow-up task exists. */
public enum TaskReason { MISSED_APPOINTMENT, POST_DISCHARGE, OTHER }
