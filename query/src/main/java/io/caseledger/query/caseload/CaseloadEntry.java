package io.caseledger.query.caseload;

import io.caseledger.domain.scope.CaseScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One case as a caseload lists it: who, status, what is next and what needs attention today. */
public record CaseloadEntry(
        String caseId,
        String caseManagerId,
        String intakeTeam,
        String clientName,
        String status,
        LocalDate enrolledOn,
        String preferredLanguage,
        boolean interpreterNeeded,
        String insuranceStatus,
        Instant lastSuccessfulContactAt,
        Instant nextAppointmentAt,
        int openTasks,
        int openReferrals,
        Integer latestPhq9,
        Integer phq9ChangePercent,
        List<Alert> alerts) implements CaseScoped {
}
