package io.caseledger.domain.ncqa;

/** An event as the review reads it: its id (the evidence an auditor can look up) and its payload. */
public record RecordedEvent(String eventId, Object payload) {
}
