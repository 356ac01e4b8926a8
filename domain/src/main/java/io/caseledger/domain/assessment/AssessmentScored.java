package io.caseledger.domain.assessment;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** A PHQ-9 or GAD-7 was administered: the answers, and the total and severity band the domain computed. */
@Revision("1")
public record AssessmentScored(
        String caseId,
        @Disclosable(As.PSEUDONYM) String assessmentId,
        @Disclosable Instrument instrument,
        @Disclosable List<Integer> items,
        @Disclosable int total,
        @Disclosable Severity severity,
        @Disclosable LocalDate administeredOn) {
}
