package io.caseledger.domain.assessment;

import org.axonframework.serialization.Revision;

/** A score fell at least the response threshold (50 %) below baseline. */
@Revision("1")
public record TreatmentResponseAchieved(String caseId, Instrument instrument, int baseline, int score, double dropPercent) {
}
