package io.caseledger.domain.summary;

import io.caseledger.domain.assessment.AssessmentScored;
import io.caseledger.domain.assessment.CaseFlaggedForReview;
import io.caseledger.domain.assessment.Instrument;
import io.caseledger.domain.assessment.MeasurementEpisode;
import io.caseledger.domain.assessment.MeasurementRules;
import io.caseledger.domain.assessment.Severity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every milestone the measurement rules record shows on the case view with its type and the day of its score. */
class MilestonesTest {

    private static final LocalDate BASELINE = LocalDate.of(2026, 1, 5);

    @Test
    void every_milestone_says_what_it_is_and_when() {
        MeasurementEpisode episode = new MeasurementEpisode();
        CaseSummary summary = new CaseSummary();
        List<Object> crossed = new ArrayList<>();
        List<LocalDate> crossedOn = new ArrayList<>();
        long sequence = 0;
        // baseline; not improving at 9 weeks; response and remission; remission ended
        int[][] scores = {{20, 0}, {15, 63}, {4, 70}, {8, 80}};
        for (int[] score : scores) {
            LocalDate on = BASELINE.plusDays(score[1]);
            List<Object> events = new ArrayList<>(List.of(new AssessmentScored("c1", "as-" + sequence, Instrument.PHQ9,
                    Collections.nCopies(9, 0), score[0], Severity.MILD, on)));
            events.addAll(episode.milestones("c1", Instrument.PHQ9, score[0], on, MeasurementRules.DEFAULT));
            for (Object event : events) {
                episode.on(event);
                summary.apply(event, sequence++, Instant.EPOCH);
                if (!(event instanceof AssessmentScored) && !(event instanceof CaseFlaggedForReview)) {
                    crossed.add(event);
                    crossedOn.add(on);
                }
            }
        }

        List<ClinicalSection.Milestone> milestones = summary.getClinical().getMilestones();
        assertThat(milestones).extracting(ClinicalSection.Milestone::details).containsExactlyElementsOf(crossed);
        assertThat(milestones).extracting(ClinicalSection.Milestone::on).containsExactlyElementsOf(crossedOn);
        assertThat(milestones).allSatisfy(m -> assertThat(m.type()).isEqualTo(m.details().getClass().getSimpleName()));
        assertThat(milestones).extracting(ClinicalSection.Milestone::type).containsExactly("MeasurementBaselineSet", "NotImprovingDetected",
                "TreatmentResponseAchieved", "RemissionAchieved", "RemissionEnded");
    }
}
