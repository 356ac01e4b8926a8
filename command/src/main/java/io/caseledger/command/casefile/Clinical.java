package io.caseledger.command.casefile;

import java.time.LocalDate;
import java.time.Clock;
import io.caseledger.domain.shared.Require;
import io.caseledger.domain.assessment.*;
import io.caseledger.domain.shared.CommandRejected;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** Assessments and measurement-based care: scores, the milestones they cross, safety concerns, needs domains. */
class Clinical {

    private final Case owner;
    private final Set<String> assessments = new HashSet<>();
    private final Map<Instrument, MeasurementEpisode> episodes = new EnumMap<>(Instrument.class);
    private boolean safetyConcernOpen;

    Clinical(Case owner) {
        this.owner = owner;
    }

    private MeasurementEpisode episode(Instrument instrument) {
        return episodes.computeIfAbsent(instrument, i -> new MeasurementEpisode());
    }

    /** The rules in force come from configuration (an Axon resource), so thresholds can change without code. */
    @CommandHandler
    void handle(RecordAssessment c, MeasurementRules rules, Clock clock) {
        owner.requireEnrolled();
        LocalDate administeredOn = Require.pastDate("administeredOn", c.administeredOn(), clock);
        if (assessments.contains(c.assessmentId())) {
            throw CommandRejected.conflict("assessment-exists", "An assessment with this id is already recorded.");
        }
        MeasurementEpisode episode = episode(c.instrument());
        if (episode.isBeforeLastScore(administeredOn)) {
            throw CommandRejected.rule("assessment-out-of-order", "A later score of this instrument is already recorded.");
        }
        int total = c.instrument().total(c.items());
        List<Object> milestones = episode.milestones(c.caseId(), c.instrument(), total, administeredOn, rules);
        apply(new AssessmentScored(c.caseId(), c.assessmentId(), c.instrument(), c.items(), total,
                c.instrument().severityOf(total), administeredOn));
        c.instrument().safetyConcern(c.items()).ifPresent(answer -> {
            apply(new SafetyConcernFlagged(c.caseId(), c.assessmentId(), answer));
            apply(new CaseFlaggedForReview(c.caseId(), ReviewReason.SAFETY, false, null));
        });
        milestones.forEach(event -> apply(event));
    }

    @CommandHandler
    void handle(ResolveSafetyConcern c) {
        if (!safetyConcernOpen) {
            throw CommandRejected.rule("no-open-safety-concern", "There is no open safety concern.");
        }
        apply(new SafetyConcernResolved(c.caseId(), c.action(), c.note()));
    }

    @CommandHandler
    void handle(CompleteNeedsAssessmentDomain c, Clock clock) {
        owner.requireOpen();
        LocalDate completedOn = Require.pastDate("completedOn", c.completedOn(), clock);
        apply(new NeedsAssessmentDomainCompleted(c.caseId(), c.domain(), completedOn, c.findings()));
    }

    @CommandHandler
    void handle(FlagCaseForReview c) {
        owner.requireEnrolled();
        apply(new CaseFlaggedForReview(c.caseId(), c.reason(), c.psychiatricConsultationRecommended(), c.note()));
    }

    @CommandHandler
    void handle(RecordRelapsePreventionPlan c) {
        owner.requireEnrolled();
        if (!episode(Instrument.PHQ9).inRemission()) {
            throw CommandRejected.rule("not-in-remission", "A relapse-prevention plan is recorded once the client is in remission.");
        }
        apply(new RelapsePreventionPlanRecorded(c.caseId(), c.plan()));
    }

    List<String> assessments() {
        return CaseSnapshot.sorted(assessments);
    }

    List<CaseSnapshot.Episode> episodes() {
        return episodes.entrySet().stream().map(e -> new CaseSnapshot.Episode(e.getKey(), e.getValue().state())).toList();
    }

    boolean safetyConcernOpen() {
        return safetyConcernOpen;
    }

    void restore(CaseSnapshot snapshot) {
        assessments.clear();
        assessments.addAll(snapshot.assessments());
        episodes.clear();
        snapshot.episodes().forEach(e -> episodes.put(e.instrument(), MeasurementEpisode.of(e.state())));
        safetyConcernOpen = snapshot.safetyConcernOpen();
    }

    @EventSourcingHandler
    void on(AssessmentScored e) {
        assessments.add(e.assessmentId());
        episode(e.instrument()).on(e);
    }

    @EventSourcingHandler void on(MeasurementBaselineSet e) { episode(e.instrument()).on(e); }
    @EventSourcingHandler void on(TreatmentResponseAchieved e) { episode(e.instrument()).on(e); }
    @EventSourcingHandler void on(RemissionAchieved e) { episode(e.instrument()).on(e); }
    @EventSourcingHandler void on(RemissionEnded e) { episode(e.instrument()).on(e); }
    @EventSourcingHandler void on(NotImprovingDetected e) { episode(e.instrument()).on(e); }
    @EventSourcingHandler void on(SafetyConcernFlagged e) { safetyConcernOpen = true; }
    @EventSourcingHandler void on(SafetyConcernResolved e) { safetyConcernOpen = false; }
}
