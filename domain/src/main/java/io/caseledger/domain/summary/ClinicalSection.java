package io.caseledger.domain.summary;

import io.caseledger.domain.assessment.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Assessments as a series per instrument (for the trend chart), measurement-based care milestones,
 * review flags, the open safety concern, and the needs-assessment domains with their dates.
 */
public class ClinicalSection {

    public record Point(String assessmentId, LocalDate on, int total, Severity severity) {
    }

    /**
     * A milestone of measurement-based care: its {@code type} (the event's name, e.g. RemissionAchieved),
     * the day the score that crossed it was taken, and the event's details.
     */
    public record Milestone(String type, LocalDate on, Object details) {
    }

    private final Map<Instrument, List<Point>> series = new EnumMap<>(Instrument.class);
    private final List<Milestone> milestones = new ArrayList<>();
    private final List<CaseFlaggedForReview> reviewFlags = new ArrayList<>();
    private final Map<NeedsDomain, LocalDate> needsDomainsCompletedOn = new EnumMap<>(NeedsDomain.class);
    private boolean safetyConcernOpen;
    private boolean inRemission;
    private String relapsePreventionPlan;
    /** Milestones are recorded right after the score that crossed them, so they share its day. */
    private LocalDate lastScoredOn;

    /** @return whether the event belongs to this section */
    boolean apply(Object event) {
        if (event instanceof AssessmentScored e) {
            series.computeIfAbsent(e.instrument(), i -> new ArrayList<>()).add(new Point(e.assessmentId(), e.administeredOn(), e.total(), e.severity()));
            lastScoredOn = e.administeredOn();
        } else if (event instanceof MeasurementBaselineSet || event instanceof TreatmentResponseAchieved || event instanceof NotImprovingDetected) {
            milestones.add(new Milestone(event.getClass().getSimpleName(), lastScoredOn, event));
        } else if (event instanceof RemissionAchieved || event instanceof RemissionEnded) {
            milestones.add(new Milestone(event.getClass().getSimpleName(), lastScoredOn, event));
            inRemission = event instanceof RemissionAchieved;
        } else if (event instanceof CaseFlaggedForReview e) {
            reviewFlags.add(e);
        } else if (event instanceof SafetyConcernFlagged || event instanceof SafetyConcernResolved) {
            safetyConcernOpen = event instanceof SafetyConcernFlagged;
        } else if (event instanceof NeedsAssessmentDomainCompleted e) {
            needsDomainsCompletedOn.put(e.domain(), e.completedOn());
        } else if (event instanceof RelapsePreventionPlanRecorded e) {
            relapsePreventionPlan = e.plan();
        } else {
            return false;
        }
        return true;
    }

    public Map<Instrument, List<Point>> getSeries() { return Map.copyOf(series); }
    public List<Milestone> getMilestones() { return List.copyOf(milestones); }
    public List<CaseFlaggedForReview> getReviewFlags() { return List.copyOf(reviewFlags); }
    public Map<NeedsDomain, LocalDate> getNeedsDomainsCompletedOn() { return Map.copyOf(needsDomainsCompletedOn); }
    public boolean isSafetyConcernOpen() { return safetyConcernOpen; }
    public boolean isInRemission() { return inRemission; }
    public String getRelapsePreventionPlan() { return relapsePreventionPlan; }
}
