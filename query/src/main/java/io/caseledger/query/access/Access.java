package io.caseledger.query.access;

import java.time.Instant;

/** One recorded read of a case record. */
public record Access(String eventId, String caseId, String accessedBy, String role, String view, String purpose, Instant at) {
}
