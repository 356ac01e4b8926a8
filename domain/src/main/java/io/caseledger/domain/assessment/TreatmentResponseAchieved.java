package io.caseledger.domain.assessment;

import io.caseledger.domain.shared.Disclosable;
import org.axonframework.serialization.Revision;

/** A score fell at least the response threshold (50 %) below baseline. */
@Revision("1")
public record TreatmentResponseAchieved(
        String caseId,
        @Disclosable Instrument instrument,
        @Disclosable int baseline,
        @Disclosable int score,
        @Disclosable double dropPercent) {
}
