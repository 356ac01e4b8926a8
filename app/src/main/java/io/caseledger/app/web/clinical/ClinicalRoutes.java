package io.caseledger.app.web.clinical;

import io.caseledger.app.web.commands.CommandRoutes;
import io.caseledger.domain.assessment.*;
import io.caseledger.domain.careplan.*;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static io.caseledger.app.web.commands.CommandRoute.post;
import static io.caseledger.domain.shared.Role.CASE_MANAGER;
import static io.caseledger.domain.shared.Role.SUPERVISOR;

@Configuration(proxyBeanMethods = false)
class ClinicalRoutes {

    private static final String PLAN = "/api/cases/{caseId}/care-plan";

    @Bean
    CommandRoutes clinicalCommandRoutes() {
        return CommandRoutes.of(
                post("/api/cases/{caseId}/assessments", RecordAssessment.class, CASE_MANAGER, SUPERVISOR).creating("assessmentId"),
                post("/api/cases/{caseId}/needs-assessment", CompleteNeedsAssessmentDomain.class, CASE_MANAGER, SUPERVISOR),
                post("/api/cases/{caseId}/safety-concerns/resolution", ResolveSafetyConcern.class, CASE_MANAGER, SUPERVISOR),
                post("/api/cases/{caseId}/review-flags", FlagCaseForReview.class, CASE_MANAGER, SUPERVISOR),
                post("/api/cases/{caseId}/relapse-prevention-plan", RecordRelapsePreventionPlan.class, CASE_MANAGER, SUPERVISOR),
                post(PLAN + "/goals", SetCarePlanGoal.class, CASE_MANAGER, SUPERVISOR).creating("goalId"),
                post(PLAN + "/goals/{goalId}/interventions", PlanIntervention.class, CASE_MANAGER, SUPERVISOR).creating("interventionId"),
                post(PLAN + "/goals/{goalId}/reviews", ReviewGoalProgress.class, CASE_MANAGER, SUPERVISOR),
                post(PLAN + "/barriers", IdentifyBarrier.class, CASE_MANAGER, SUPERVISOR).creating("barrierId"),
                post(PLAN + "/follow-up-schedule", SetFollowUpSchedule.class, CASE_MANAGER, SUPERVISOR),
                post(PLAN + "/self-management-plan", RecordSelfManagementPlan.class, CASE_MANAGER, SUPERVISOR));
    }
}
