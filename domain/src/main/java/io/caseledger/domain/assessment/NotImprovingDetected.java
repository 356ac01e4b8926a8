package io.caseledger.domain.assessment;

import org.axonframework.serialization.Revision;

/** A score 8-12 weeks after baseline was less than 50 % below it: the client is not improving. */
@Revision("1")
public record NotImprovingDetected(String caseId, Instrument instrument, int weeksSinceBaseline, int baseline, int score, double dropPercent) {
}
