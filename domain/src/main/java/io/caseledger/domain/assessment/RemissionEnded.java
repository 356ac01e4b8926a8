package io.caseledger.domain.assessment;

import io.caseledger.domain.shared.Disclosable;
import org.axonframework.serialization.Revision;

/** A PHQ-9 score rose back to or above the remission threshold after remission. */
@Revision("1")
public record RemissionEnded(String caseId, @Disclosable Instrument instrument, @Disclosable int score) {
}
