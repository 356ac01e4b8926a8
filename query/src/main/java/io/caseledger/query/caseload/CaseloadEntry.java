package io.caseledger.query.caseload;

import java.time.LocalDate;

/** One case as a caseload lists it. */
public record CaseloadEntry(
        String caseId,
        String caseManagerId,
        String clientName,
        String status,
        LocalDate enrolledOn,
        String preferredLanguage,
        boolean interpreterNeeded,
        String insuranceStatus) {
}
