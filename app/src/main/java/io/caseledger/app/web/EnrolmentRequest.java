package io.caseledger.app.web;

import io.caseledger.domain.enrolment.InsuranceStatus;
import io.caseledger.domain.enrolment.PersonalDetails;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

/**
 * Body of {@code POST /api/cases}. {@code caseId} is optional (a UUID is assigned);
 * {@code caseManagerId} defaults to the calling case manager (a supervisor must name one).
 * {@code client} is the one field every caller must send; the description says so (the command routes'
 * required fields are found from their records, this body is not a command record).
 */
public record EnrolmentRequest(
        String caseId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PersonalDetails client,
        String caseManagerId,
        String preferredLanguage,
        Boolean interpreterNeeded,
        InsuranceStatus insuranceStatus,
        LocalDate enrolledOn) {
}
