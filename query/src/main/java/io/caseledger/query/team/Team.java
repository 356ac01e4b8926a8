package io.caseledger.query.team;

import io.caseledger.query.caseload.Alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A team at a glance, per case manager. Contacts count from {@code weekStarting} (Monday of the
 * current ISO week, UTC) until now.
 */
public record Team(String team, LocalDate weekStarting, CapacityBand capacity, List<CaseManagerLoad> caseManagers) {

    /** One case manager: open cases against the band, alerts of each kind, contacts, outcomes, and whom to review first. */
    public record CaseManagerLoad(String caseManagerId, int openCases, CapacityBand.Status capacityStatus,
                                  Map<Alert.Kind, Integer> alerts, int contactsThisWeek, Phq9Outcomes phq9, List<ReviewCase> review) {
    }

    /**
     * Over open cases with at least two PHQ-9 scores: how many responded (latest at least the
     * response drop below baseline) and how many are in remission (latest below the threshold), as
     * counts and rounded percentages (null when no case is measured).
     */
    public record Phq9Outcomes(int measuredCases, int responding, int inRemission, Integer responsePercent, Integer remissionPercent) {
    }

    /** A case in review order: not improving first, then the longest without a successful contact (counted from enrolment if never). */
    public record ReviewCase(String caseId, String clientName, boolean notImproving, Instant lastSuccessfulContactAt, long daysWithoutContact) {
    }
}
