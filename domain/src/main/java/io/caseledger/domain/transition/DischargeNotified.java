package io.caseledger.domain.transition;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The client was discharged; a follow-up is due by the given date. */
@Revision("1")
public record DischargeNotified(String caseId, String admissionId, String facility, LocalDate dischargedOn, LocalDate followUpDueOn) {
}
