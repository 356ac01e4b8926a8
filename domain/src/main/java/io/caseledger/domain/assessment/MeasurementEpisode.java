package io.caseledger.domain.assessment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Measurement-based care for one instrument of one case: decides which milestones a new score
 * crosses (baseline, response, remission, not improving) and learns its state only from the events
 * that record them, so a replayed case reaches the same state.
 */
public final class MeasurementEpisode {

    private Integer baseline;
    private LocalDate baselineOn;
    private LocalDate lastOn;
    private boolean responded;
    private boolean inRemission;
    private boolean notImprovingDetected;

    /** The events a new score adds besides its own AssessmentScored, given the rules in force. */
    public List<Object> milestones(String caseId, Instrument instrument, int score, LocalDate on, MeasurementRules rules) {
        List<Object> events = new ArrayList<>();
        if (baseline == null) {
            events.add(new MeasurementBaselineSet(caseId, instrument, score, on));
            return events;
        }
        double drop = MeasurementRules.dropPercent(baseline, score);
        if (!responded && drop >= rules.responseDropPercent()) {
            events.add(new TreatmentResponseAchieved(caseId, instrument, baseline, score, drop));
        }
        if (instrument == Instrument.PHQ9) {
            if (!inRemission && score < rules.remissionBelow()) {
                events.add(new RemissionAchieved(caseId, instrument, score));
            } else if (inRemission && score >= rules.remissionBelow()) {
                events.add(new RemissionEnded(caseId, instrument, score));
            }
        }
        long days = ChronoUnit.DAYS.between(baselineOn, on);
        boolean inWindow = days >= rules.notImprovingFromWeeks() * 7L && days <= rules.notImprovingToWeeks() * 7L;
        if (inWindow && !responded && !notImprovingDetected && drop < rules.responseDropPercent()) {
            events.add(new NotImprovingDetected(caseId, instrument, (int) (days / 7), baseline, score, drop));
            events.add(new CaseFlaggedForReview(caseId, ReviewReason.NOT_IMPROVING, true, null));
        }
        return events;
    }

    /** Scores must arrive in the order they were taken, or the milestones would be judged out of order. */
    /** The episode's state as a value, for the case's snapshot. */
    public record State(Integer baseline, LocalDate baselineOn, LocalDate lastOn, boolean responded,
                        boolean inRemission, boolean notImprovingDetected) {
    }

    public State state() {
        return new State(baseline, baselineOn, lastOn, responded, inRemission, notImprovingDetected);
    }

    public static MeasurementEpisode of(State state) {
        MeasurementEpisode episode = new MeasurementEpisode();
        episode.baseline = state.baseline();
        episode.baselineOn = state.baselineOn();
        episode.lastOn = state.lastOn();
        episode.responded = state.responded();
        episode.inRemission = state.inRemission();
        episode.notImprovingDetected = state.notImprovingDetected();
        return episode;
    }

    public boolean isBeforeLastScore(LocalDate on) {
        return lastOn != null && on.isBefore(lastOn);
    }

    public boolean inRemission() {
        return inRemission;
    }

    public void on(Object event) {
        if (event instanceof AssessmentScored e) {
            lastOn = e.administeredOn();
        } else if (event instanceof MeasurementBaselineSet e) {
            baseline = e.score();
            baselineOn = e.on();
        } else if (event instanceof TreatmentResponseAchieved) {
            responded = true;
        } else if (event instanceof RemissionAchieved) {
            inRemission = true;
        } else if (event instanceof RemissionEnded) {
            inRemission = false;
        } else if (event instanceof NotImprovingDetected) {
            notImprovingDetected = true;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MeasurementEpisode m && java.util.Objects.equals(m.baseline, baseline) && java.util.Objects.equals(m.baselineOn, baselineOn)
                && java.util.Objects.equals(m.lastOn, lastOn) && m.responded == responded && m.inRemission == inRemission
                && m.notImprovingDetected == notImprovingDetected;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(baseline, baselineOn, lastOn);
    }
}
