package io.caseledger.domain.assessment;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** A PHQ-9 or GAD-7 was administered: the answers, and the total and severity band the domain computed. */
@Revision("1")
public record AssessmentScored(String caseId, String assessmentId, Instrument instrument, List<Integer> items,
                               int total, Severity severity, LocalDate administeredOn) {
}
