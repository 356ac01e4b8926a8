package io.caseledger.domain.summary;

import io.caseledger.domain.careplan.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The care plan as the summary shows it: goals by priority with their interventions and latest review. */
public class CarePlanSection {

    public record GoalView(CarePlanGoalSet goal, List<InterventionPlanned> interventions, GoalProgressReviewed latestReview) {
    }

    private final Map<String, GoalView> goals = new LinkedHashMap<>();
    private final List<BarrierIdentified> barriers = new ArrayList<>();
    private final List<GoalProgressReviewed> reviews = new ArrayList<>();
    private FollowUpScheduleSet followUpSchedule;
    private String selfManagementPlan;

    /** @return whether the event belongs to this section */
    boolean apply(Object event) {
        if (event instanceof CarePlanGoalSet e) {
            goals.put(e.goalId(), new GoalView(e, List.of(), null));
        } else if (event instanceof InterventionPlanned e) {
            goals.computeIfPresent(e.goalId(), (id, g) -> {
                List<InterventionPlanned> interventions = new ArrayList<>(g.interventions());
                interventions.add(e);
                return new GoalView(g.goal(), List.copyOf(interventions), g.latestReview());
            });
        } else if (event instanceof GoalProgressReviewed e) {
            reviews.add(e);
            goals.computeIfPresent(e.goalId(), (id, g) -> new GoalView(g.goal(), g.interventions(), e));
        } else if (event instanceof BarrierIdentified e) {
            barriers.add(e);
        } else if (event instanceof FollowUpScheduleSet e) {
            followUpSchedule = e;
        } else if (event instanceof SelfManagementPlanRecorded e) {
            selfManagementPlan = e.plan();
        } else {
            return false;
        }
        return true;
    }

    public List<GoalView> getGoals() {
        return goals.values().stream().sorted(Comparator.comparingInt(g -> g.goal().priority())).toList();
    }
    public List<BarrierIdentified> getBarriers() { return List.copyOf(barriers); }
    public List<GoalProgressReviewed> getReviews() { return List.copyOf(reviews); }
    public FollowUpScheduleSet getFollowUpSchedule() { return followUpSchedule; }
    public String getSelfManagementPlan() { return selfManagementPlan; }
}
