package io.caseledger.command.casefile;

import io.caseledger.domain.appointment.AppointmentStatus;
import io.caseledger.domain.assessment.Instrument;
import io.caseledger.domain.assessment.MeasurementEpisode;
import io.caseledger.domain.consent.ConsentSigned;
import io.caseledger.domain.consent.Recipient;
import io.caseledger.domain.referral.AuthorizationStatus;
import io.caseledger.domain.referral.ReferralStatus;
import io.caseledger.domain.shared.CaseStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.function.Function;

/**
 * What a case decides with, at one version: Axon stores it as the case's snapshot, so a long-lived
 * case loads from it and the events after it instead of from its first event. It is a value, not the
 * aggregate: the aggregate's members point back at their case, and a value can be compared, sealed
 * and versioned. Personal fields keep the marks they carry in the events ({@code ConsentSigned},
 * {@code Recipient}), so the event serializer seals them under the client's key as it seals the
 * events, and erasing the key erases them here too. Lists are sorted, so one state has one form.
 */
public record CaseSnapshot(String caseId, CaseStatus status, String caseManagerId, String intakeTeam,
                           List<String> careTeam, List<ConsentState> consents, List<ReferralState> referrals,
                           List<AppointmentState> appointments, List<TaskState> tasks, List<Entry> entries,
                           List<String> enteredInError, List<String> assessments, List<Episode> episodes,
                           boolean safetyConcernOpen, List<GoalState> goals, List<String> barriers,
                           LocalDate closedOn, boolean erased) {

    public record ConsentState(ConsentSigned terms, boolean revoked) {
    }

    public record ReferralState(String referralId, Recipient recipient, ReferralStatus status,
                                AuthorizationStatus authorization) {
    }

    public record AppointmentState(String appointmentId, Instant at, AppointmentStatus status) {
    }

    public record TaskState(String taskId, boolean completed) {
    }

    /** One entry of the case's record: the id of the event and its type's simple name. */
    public record Entry(String eventId, String type) {
    }

    public record Episode(Instrument instrument, MeasurementEpisode.State state) {
    }

    public record GoalState(String goalId, List<String> interventions, boolean met) {
    }

    /** Every part present and every entry of a catalogued type: else restoring it would fail its case's load. */
    public boolean restorable() {
        return caseId != null && Stream.of(careTeam, consents, referrals, appointments, tasks, entries, enteredInError,
                assessments, episodes, goals, barriers).allMatch(Objects::nonNull)
                && entries.stream().allMatch(e -> RunningRecord.catalogues(e.type()));
    }

    static List<String> sorted(Collection<String> values) {
        return values.stream().sorted().toList();
    }

    static <T, K extends Comparable<K>> List<T> sorted(Collection<T> values, Function<T, K> key) {
        return values.stream().sorted(Comparator.comparing(key)).toList();
    }
}
