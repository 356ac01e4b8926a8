package io.caseledger.app.web;

import io.caseledger.domain.enrolment.InsuranceStatus;
import io.caseledger.domain.enrolment.PersonalDetails;

import java.time.LocalDate;

/**
 * Body of {@code POST /api/cases}. {@code caseId} is optional (a UUID is assigned);
 * {@code caseManagerId} defaults to the calling case manager.
 */
record EnrolmentRequest(
        String caseId,
        PersonalDetails client,
        String caseManagerId,
        String preferredLanguage,
        Boolean interpreterNeeded,
        InsuranceStatus insuranceStatus,
        LocalDate enrolledOn) {
}
