package io.caseledger.domain.assessment;

import io.caseledger.domain.shared.Disclosable;
import org.axonframework.serialization.Revision;

/** A PHQ-9 score fell below the remission threshold (5). */
@Revision("1")
public record RemissionAchieved(String caseId, @Disclosable Instrument instrument, @Disclosable int score) {
}
