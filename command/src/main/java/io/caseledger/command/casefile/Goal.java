package io.caseledger.command.casefile;

import io.caseledger.domain.careplan.*;
import io.caseledger.domain.shared.CommandRejected;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One care plan goal: interventions towards it until a review finds it met. */
class Goal {

    @EntityId
    private final String goalId;
    private final Case owner;
    private final Set<String> interventions = new HashSet<>();
    private boolean met;

    Goal(Case owner, CarePlanGoalSet set) {
        this.owner = owner;
        this.goalId = set.goalId();
    }

    Goal(Case owner, CaseSnapshot.GoalState state) {
        this.owner = owner;
        this.goalId = state.goalId();
        this.interventions.addAll(state.interventions());
        this.met = state.met();
    }

    CaseSnapshot.GoalState state() {
        return new CaseSnapshot.GoalState(goalId, CaseSnapshot.sorted(interventions), met);
    }

    @CommandHandler
    void handle(PlanIntervention c) {
        owner.requireEnrolled();
        if (met) {
            throw CommandRejected.rule("goal-met", "The goal is already met.");
        }
        if (interventions.contains(c.interventionId())) {
            throw CommandRejected.conflict("intervention-exists", "An intervention with this id is already planned.");
        }
        apply(new InterventionPlanned(c.caseId(), goalId, c.interventionId(), c.description(), c.responsible()));
    }

    @CommandHandler
    void handle(ReviewGoalProgress c) {
        owner.requireEnrolled();
        apply(new GoalProgressReviewed(c.caseId(), goalId, c.outcome(), c.note(), c.planChanged()));
    }

    @EventSourcingHandler
    void on(InterventionPlanned e) {
        interventions.add(e.interventionId());
    }

    @EventSourcingHandler
    void on(GoalProgressReviewed e) {
        met = e.outcome() == GoalOutcome.MET;
    }

    /** State equality (not the owner), for Axon's fixture state checks. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Goal g && g.goalId.equals(goalId) && g.interventions.equals(interventions) && g.met == met;
    }

    @Override
    public int hashCode() {
        return goalId.hashCode();
    }
}
