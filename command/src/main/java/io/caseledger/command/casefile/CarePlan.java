package io.caseledger.command.casefile;

import io.caseledger.domain.careplan.*;
import io.caseledger.domain.shared.CommandRejected;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The care plan: goals (members), barriers, the follow-up schedule and the self-management plan. */
class CarePlan {

    private final Case owner;
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final Map<String, Goal> goals = new HashMap<>();
    private final Set<String> barriers = new HashSet<>();

    CarePlan(Case owner) {
        this.owner = owner;
    }

    @CommandHandler
    void handle(SetCarePlanGoal c) {
        owner.requireEnrolled();
        if (goals.containsKey(c.goalId())) {
            throw CommandRejected.conflict("goal-exists", "A goal with this id is already in the plan.");
        }
        apply(new CarePlanGoalSet(c.caseId(), c.goalId(), c.description(), c.priority(), c.clientPreference(),
                c.caregiverPreference(), c.targetDate()));
    }

    @CommandHandler
    void handle(IdentifyBarrier c) {
        owner.requireEnrolled();
        if (c.goalId() != null && !goals.containsKey(c.goalId())) {
            throw CommandRejected.notFound("goal-not-found", "The care plan has no such goal.");
        }
        if (barriers.contains(c.barrierId())) {
            throw CommandRejected.conflict("barrier-exists", "A barrier with this id is already recorded.");
        }
        apply(new BarrierIdentified(c.caseId(), c.barrierId(), c.goalId(), c.description(), c.plan()));
    }

    @CommandHandler
    void handle(SetFollowUpSchedule c) {
        owner.requireEnrolled();
        apply(new FollowUpScheduleSet(c.caseId(), c.everyDays(), c.channel(), c.nextContactOn()));
    }

    @CommandHandler
    void handle(RecordSelfManagementPlan c) {
        owner.requireEnrolled();
        apply(new SelfManagementPlanRecorded(c.caseId(), c.plan()));
    }

    List<CaseSnapshot.GoalState> goalStates() {
        return CaseSnapshot.sorted(goals.values().stream().map(Goal::state).toList(), CaseSnapshot.GoalState::goalId);
    }

    List<String> barriers() {
        return CaseSnapshot.sorted(barriers);
    }

    void restore(CaseSnapshot snapshot) {
        goals.clear();
        snapshot.goals().forEach(g -> goals.put(g.goalId(), new Goal(owner, g)));
        barriers.clear();
        barriers.addAll(snapshot.barriers());
    }

    @EventSourcingHandler
    void on(CarePlanGoalSet e) {
        goals.put(e.goalId(), new Goal(owner, e));
    }

    @EventSourcingHandler
    void on(BarrierIdentified e) {
        barriers.add(e.barrierId());
    }
}
