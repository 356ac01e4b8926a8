package io.caseledger.domain.assessment;

import io.caseledger.domain.shared.Disclosable;
import org.axonframework.serialization.Revision;

/** A score 8-12 weeks after baseline was less than 50 % below it: the client is not improving. */
@Revision("1")
public record NotImprovingDetected(
        String caseId,
        @Disclosable Instrument instrument,
        @Disclosable int weeksSinceBaseline,
        @Disclosable int baseline,
        @Disclosable int score,
        @Disclosable double dropPercent) {
}
