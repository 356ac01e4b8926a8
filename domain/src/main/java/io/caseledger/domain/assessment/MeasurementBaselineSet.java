package io.caseledger.domain.assessment;

import io.caseledger.domain.shared.Disclosable;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The first score of an instrument set the baseline that later scores are measured against. */
@Revision("1")
public record MeasurementBaselineSet(
        String caseId,
        @Disclosable Instrument instrument,
        @Disclosable int score,
        @Disclosable LocalDate on) {
}
