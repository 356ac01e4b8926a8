package io.caseledger.domain.correction;

import org.axonframework.serialization.Revision;

/** An earlier entry was marked as entered in error. */
@Revision("1")
public record EntryMarkedEnteredInError(String caseId, String eventId, String markedType, String reason) {
}
