package io.caseledger.domain.access;

/** Which view of a case record was read. */
public enum RecordView { SUMMARY, POINT_IN_TIME, HISTORY, HISTORY_EXPORT, DIFF }
