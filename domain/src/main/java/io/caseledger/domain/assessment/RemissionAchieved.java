package io.caseledger.domain.assessment;

import org.axonframework.serialization.Revision;

/** A PHQ-9 score fell below the remission threshold (5). */
@Revision("1")
public record RemissionAchieved(String caseId, Instrument instrument, int score) {
}
