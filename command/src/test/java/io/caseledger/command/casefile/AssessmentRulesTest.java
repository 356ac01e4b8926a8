package io.caseledger.command.casefile;

import io.caseledger.domain.assessment.*;
import io.caseledger.domain.shared.CommandRejected;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.caseledger.command.Refusals.refusal;
import static io.caseledger.command.casefile.CaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scoring, bands, the item-9 safety flag, and measurement-based care thresholds at their boundaries. */
class AssessmentRulesTest {

    private static final LocalDate BASELINE_DAY = LocalDate.of(2026, 1, 1);
    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = CaseFixtures.newFixture();
        fixture.registerInjectableResource(MeasurementRules.DEFAULT);
    }

    /** PHQ-9 answers summing to {@code total}, item 9 answered 0 (spread over items 1-8). */
    private static List<Integer> phq9(int total) {
        List<Integer> items = new ArrayList<>(Collections.nCopies(9, 0));
        for (int i = 0; i < 8 && total > 0; i++) {
            items.set(i, Math.min(3, total));
            total -= items.get(i);
        }
        return items;
    }

    private static AssessmentScored scored(String id, int total, LocalDate on) {
        return new AssessmentScored(CASE, id, Instrument.PHQ9, phq9(total), total, Instrument.PHQ9.severityOf(total), on);
    }

    private static RecordAssessment record(String id, int total, LocalDate on) {
        return new RecordAssessment(CASE, id, Instrument.PHQ9, phq9(total), on);
    }

    private Object[] baselineOf(int score) {
        return new Object[]{enrolled("alice"), scored("p-0", score, BASELINE_DAY), new MeasurementBaselineSet(CASE, Instrument.PHQ9, score, BASELINE_DAY)};
    }

    @Test
    void bands_follow_the_published_cut_points() {
        assertThat(List.of(0, 4, 5, 9, 10, 14, 15, 19, 20, 27)).extracting(Instrument.PHQ9::severityOf).containsExactly(
                Severity.MINIMAL, Severity.MINIMAL, Severity.MILD, Severity.MILD, Severity.MODERATE, Severity.MODERATE,
                Severity.MODERATELY_SEVERE, Severity.MODERATELY_SEVERE, Severity.SEVERE, Severity.SEVERE);
        assertThat(List.of(4, 5, 10, 14, 15, 21)).extracting(Instrument.GAD7::severityOf).containsExactly(
                Severity.MINIMAL, Severity.MILD, Severity.MODERATE, Severity.MODERATE, Severity.SEVERE, Severity.SEVERE);
    }

    @Test
    void answers_must_be_complete_and_between_0_and_3() {
        assertThatThrownBy(() -> new RecordAssessment(CASE, "p", Instrument.GAD7, phq9(3), null))
                .isInstanceOfSatisfying(CommandRejected.class, e -> assertThat(e.rejection().field()).isEqualTo("items"));
        assertThatThrownBy(() -> new RecordAssessment(CASE, "p", Instrument.PHQ9, List.of(0, 0, 0, 4, 0, 0, 0, 0, 0), null))
                .isInstanceOfSatisfying(CommandRejected.class, e -> assertThat(e.rejection().field()).isEqualTo("items[3]"));
    }

    @Test
    void the_first_score_sets_the_baseline() {
        fixture.given(enrolled("alice")).when(record("p-0", 18, BASELINE_DAY))
                .expectEvents(scored("p-0", 18, BASELINE_DAY), new MeasurementBaselineSet(CASE, Instrument.PHQ9, 18, BASELINE_DAY));
    }

    @Test
    void assessments_need_an_enrolled_case() {
        fixture.given(referred()).when(record("p-0", 18, BASELINE_DAY)).expectNoEvents().expectExceptionDetails(refusal("case-not-enrolled"));
    }

    @Test
    void item_9_above_zero_raises_a_safety_flag() {
        List<Integer> items = List.of(2, 2, 2, 2, 2, 2, 2, 2, 1);
        fixture.given(enrolled("alice")).when(new RecordAssessment(CASE, "p-0", Instrument.PHQ9, items, BASELINE_DAY))
                .expectEvents(new AssessmentScored(CASE, "p-0", Instrument.PHQ9, items, 17, Severity.MODERATELY_SEVERE, BASELINE_DAY),
                        new SafetyConcernFlagged(CASE, "p-0", 1),
                        new CaseFlaggedForReview(CASE, ReviewReason.SAFETY, false, null),
                        new MeasurementBaselineSet(CASE, Instrument.PHQ9, 17, BASELINE_DAY));
    }

    @Test
    void no_safety_concern_is_resolved_when_none_is_open() {
        fixture.given(enrolled("alice")).when(new ResolveSafetyConcern(CASE, SafetyAction.SAFETY_PLAN, null))
                .expectNoEvents().expectExceptionDetails(refusal("no-open-safety-concern"));
    }

    @Test
    void an_open_safety_concern_is_resolved_by_acting_on_it() {
        fixture.given(enrolled("alice"), new SafetyConcernFlagged(CASE, "p-0", 1)).when(new ResolveSafetyConcern(CASE, SafetyAction.SAFETY_PLAN, "Plan agreed"))
                .expectEvents(new SafetyConcernResolved(CASE, SafetyAction.SAFETY_PLAN, "Plan agreed"));
    }

    @Test
    void exactly_half_the_baseline_is_a_response() {
        fixture.given(baselineOf(20)).when(record("p-1", 10, BASELINE_DAY.plusWeeks(4)))
                .expectEvents(scored("p-1", 10, BASELINE_DAY.plusWeeks(4)), new TreatmentResponseAchieved(CASE, Instrument.PHQ9, 20, 10, 50.0));
    }

    @Test
    void just_less_than_half_the_baseline_is_no_response() {
        fixture.given(baselineOf(20)).when(record("p-1", 11, BASELINE_DAY.plusWeeks(4)))
                .expectEvents(scored("p-1", 11, BASELINE_DAY.plusWeeks(4)));
    }

    private static final LocalDate LATER = BASELINE_DAY.plusWeeks(4);

    /** Baseline 8, then 4: response and remission recorded. */
    private static Object[] inRemission() {
        return new Object[]{enrolled("alice"), scored("p-0", 8, BASELINE_DAY), new MeasurementBaselineSet(CASE, Instrument.PHQ9, 8, BASELINE_DAY),
                scored("p-1", 4, LATER), new TreatmentResponseAchieved(CASE, Instrument.PHQ9, 8, 4, 50.0), new RemissionAchieved(CASE, Instrument.PHQ9, 4)};
    }

    @Test
    void a_phq9_of_5_is_not_remission() {
        fixture.given(baselineOf(8)).when(record("p-1", 5, LATER)).expectEvents(scored("p-1", 5, LATER));
    }

    @Test
    void a_phq9_below_5_is_remission() {
        fixture.given(baselineOf(8)).when(record("p-1", 4, LATER))
                .expectEvents(scored("p-1", 4, LATER), new TreatmentResponseAchieved(CASE, Instrument.PHQ9, 8, 4, 50.0),
                        new RemissionAchieved(CASE, Instrument.PHQ9, 4));
    }

    @Test
    void remission_ends_when_a_score_rises_to_5_or_more() {
        fixture.given(inRemission()).when(record("p-2", 6, LATER.plusWeeks(2)))
                .expectEvents(scored("p-2", 6, LATER.plusWeeks(2)), new RemissionEnded(CASE, Instrument.PHQ9, 6));
    }

    @Test
    void a_relapse_prevention_plan_is_recorded_in_remission() {
        fixture.given(inRemission()).when(new RecordRelapsePreventionPlan(CASE, "Keep walking group; call if sleep worsens"))
                .expectEvents(new RelapsePreventionPlanRecorded(CASE, "Keep walking group; call if sleep worsens"));
    }

    @Test
    void no_relapse_prevention_plan_before_remission() {
        fixture.given(baselineOf(8)).when(new RecordRelapsePreventionPlan(CASE, "too early"))
                .expectNoEvents().expectExceptionDetails(refusal("not-in-remission"));
    }

    @Test
    void not_improving_is_not_judged_before_8_weeks() {
        LocalDate justBefore = BASELINE_DAY.plusWeeks(8).minusDays(1);
        fixture.given(baselineOf(18)).when(record("p-1", 15, justBefore)).expectEvents(scored("p-1", 15, justBefore));
    }

    @Test
    void not_improving_is_judged_at_8_weeks() {
        LocalDate eight = BASELINE_DAY.plusWeeks(8);
        fixture.given(baselineOf(18)).when(record("p-1", 15, eight)).expectEvents(scored("p-1", 15, eight),
                new NotImprovingDetected(CASE, Instrument.PHQ9, 8, 18, 15, MeasurementRules.dropPercent(18, 15)),
                new CaseFlaggedForReview(CASE, ReviewReason.NOT_IMPROVING, true, null));
    }

    @Test
    void not_improving_is_judged_at_12_weeks() {
        LocalDate twelve = BASELINE_DAY.plusWeeks(12);
        fixture.given(baselineOf(18)).when(record("p-1", 15, twelve)).expectEvents(scored("p-1", 15, twelve),
                new NotImprovingDetected(CASE, Instrument.PHQ9, 12, 18, 15, MeasurementRules.dropPercent(18, 15)),
                new CaseFlaggedForReview(CASE, ReviewReason.NOT_IMPROVING, true, null));
    }

    @Test
    void not_improving_is_not_judged_after_12_weeks() {
        LocalDate justAfter = BASELINE_DAY.plusWeeks(12).plusDays(1);
        fixture.given(baselineOf(18)).when(record("p-1", 15, justAfter)).expectEvents(scored("p-1", 15, justAfter));
    }

    private static final LocalDate NINE = BASELINE_DAY.plusWeeks(9);

    private static Object[] flaggedNotImproving() {
        return new Object[]{enrolled("alice"), scored("p-0", 18, BASELINE_DAY), new MeasurementBaselineSet(CASE, Instrument.PHQ9, 18, BASELINE_DAY),
                scored("p-1", 15, NINE), new NotImprovingDetected(CASE, Instrument.PHQ9, 9, 18, 15, 16.7)};
    }

    @Test
    void not_improving_is_recorded_once_per_baseline() {
        fixture.given(flaggedNotImproving()).when(record("p-2", 16, NINE.plusWeeks(1))).expectEvents(scored("p-2", 16, NINE.plusWeeks(1)));
    }

    @Test
    void scores_arrive_in_order() {
        fixture.given(flaggedNotImproving()).when(record("p-3", 16, NINE.minusWeeks(1)))
                .expectNoEvents().expectExceptionDetails(refusal("assessment-out-of-order"));
    }

    @Test
    void thresholds_come_from_configuration() {
        fixture = CaseFixtures.newFixture();
        fixture.registerInjectableResource(new MeasurementRules(40, 5, 6, 10));
        LocalDate six = BASELINE_DAY.plusWeeks(6);
        fixture.given(baselineOf(20)).when(record("p-1", 12, six))
                .expectEvents(scored("p-1", 12, six), new TreatmentResponseAchieved(CASE, Instrument.PHQ9, 20, 12, 40.0));
    }

    @Test
    void needs_assessment_domains_are_completed_each_with_their_date() {
        fixture.given(enrolled("alice"))
                .when(new CompleteNeedsAssessmentDomain(CASE, NeedsDomain.SOCIAL_DETERMINANTS, BASELINE_DAY, "Housing unstable"))
                .expectEvents(new NeedsAssessmentDomainCompleted(CASE, NeedsDomain.SOCIAL_DETERMINANTS, BASELINE_DAY, "Housing unstable"));
    }
}
