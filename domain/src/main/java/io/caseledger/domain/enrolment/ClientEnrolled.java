package io.caseledger.domain.enrolment;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A client was enrolled into the programme and the case opened under a case manager. */
@Revision("1")
public record ClientEnrolled(
        String caseId,
        PersonalDetails client,
        String caseManagerId,
        String preferredLanguage,
        boolean interpreterNeeded,
        InsuranceStatus insuranceStatus,
        LocalDate enrolledOn) {
}
