package io.caseledger.command.casefile;

import io.caseledger.domain.careplan.*;
import io.caseledger.domain.shared.CommandRejected;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.caseledger.command.Refusals.refusal;
import static io.caseledger.command.casefile.CaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The care plan: goals with preferences, interventions until a goal is met, barriers, schedules. */
class CarePlanRulesTest {

    private static final LocalDate TARGET = LocalDate.of(2026, 6, 30);
    private static final CarePlanGoalSet GOAL = new CarePlanGoalSet(CASE, "g-1", "A1c below 8", 1, "Wants to avoid insulin", null, TARGET);
    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = CaseFixtures.newFixture();
    }

    @Test
    void a_goal_is_set_with_its_priority_and_preferences() {
        fixture.given(enrolled("alice")).when(new SetCarePlanGoal(CASE, "g-1", "A1c below 8", 1, "Wants to avoid insulin", null, TARGET))
                .expectEvents(GOAL);
    }

    @Test
    void a_goal_is_set_only_once() {
        fixture.given(enrolled("alice"), GOAL).when(new SetCarePlanGoal(CASE, "g-1", "x", 2, null, null, null))
                .expectNoEvents().expectExceptionDetails(refusal("goal-exists"));
    }

    @Test
    void a_goal_needs_a_priority_of_at_least_1() {
        assertThatThrownBy(() -> new SetCarePlanGoal(CASE, "g-2", "x", 0, null, null, null))
                .isInstanceOfSatisfying(CommandRejected.class, e -> assertThat(e.rejection().field()).isEqualTo("priority"));
    }

    @Test
    void an_intervention_is_planned_towards_a_goal() {
        fixture.given(enrolled("alice"), GOAL).when(new PlanIntervention(CASE, "g-1", "i-1", "Diabetes education class", "alice"))
                .expectEvents(new InterventionPlanned(CASE, "g-1", "i-1", "Diabetes education class", "alice"));
    }

    @Test
    void a_met_goal_takes_no_new_interventions() {
        fixture.given(enrolled("alice"), GOAL, new GoalProgressReviewed(CASE, "g-1", GoalOutcome.MET, "A1c 7.4", false))
                .when(new PlanIntervention(CASE, "g-1", "i-2", "More", null)).expectNoEvents().expectExceptionDetails(refusal("goal-met"));
    }

    @Test
    void a_partially_met_goal_takes_new_interventions() {
        fixture.given(enrolled("alice"), GOAL, new GoalProgressReviewed(CASE, "g-1", GoalOutcome.PARTIALLY_MET, null, true))
                .when(new PlanIntervention(CASE, "g-1", "i-2", "Nutritionist", null))
                .expectEvents(new InterventionPlanned(CASE, "g-1", "i-2", "Nutritionist", null));
    }

    @Test
    void a_barrier_names_an_existing_goal() {
        fixture.given(enrolled("alice"), GOAL).when(new IdentifyBarrier(CASE, "b-1", "g-9", "No transport", null))
                .expectNoEvents().expectExceptionDetails(refusal("goal-not-found"));
    }

    @Test
    void a_barrier_is_recorded_with_the_plan_to_address_it() {
        fixture.given(enrolled("alice"), GOAL).when(new IdentifyBarrier(CASE, "b-1", "g-1", "No transport", "Medicaid rides"))
                .expectEvents(new BarrierIdentified(CASE, "b-1", "g-1", "No transport", "Medicaid rides"));
    }

    @Test
    void a_self_management_plan_needs_an_enrolled_case() {
        fixture.given(referred()).when(new RecordSelfManagementPlan(CASE, "Check glucose daily"))
                .expectNoEvents().expectExceptionDetails(refusal("case-not-enrolled"));
    }

    @Test
    void a_follow_up_schedule_is_set() {
        fixture.given(enrolled("alice")).when(new SetFollowUpSchedule(CASE, 14, "PHONE", TARGET))
                .expectEvents(new FollowUpScheduleSet(CASE, 14, "PHONE", TARGET));
    }
}
