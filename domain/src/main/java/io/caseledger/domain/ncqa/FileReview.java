package io.caseledger.domain.ncqa;

import io.caseledger.domain.assessment.NeedsAssessmentDomainCompleted;
import io.caseledger.domain.assessment.NeedsDomain;
import io.caseledger.domain.careplan.*;
import io.caseledger.domain.consent.ConsentSigned;
import io.caseledger.domain.consent.RightsAndResponsibilitiesProvided;
import io.caseledger.domain.enrolment.ClientEnrolled;
import io.caseledger.domain.intake.EligibilityDetermined;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * An NCQA-style complex case management file review of one case. The 30-day clock for the initial
 * assessment starts at the eligibility decision (at enrolment for a walk-in); a case enrolled fewer
 * than {@link #MIN_DAYS_IN_PROGRAMME} days before the review date is not part of the review sample.
 */
public record FileReview(String caseId, LocalDate clockStart, long daysInProgramme, boolean inSample,
                         List<ElementResult> elements) {

    public static final int INITIAL_ASSESSMENT_DAYS = 30;
    public static final int MIN_DAYS_IN_PROGRAMME = 60;

    public static FileReview of(String caseId, List<RecordedEvent> events, LocalDate reviewDate) {
        LocalDate eligibleOn = null;
        LocalDate enrolledOn = null;
        for (RecordedEvent e : events) {
            if (e.payload() instanceof EligibilityDetermined d && d.eligible() && eligibleOn == null) {
                eligibleOn = d.determinedOn();
            } else if (e.payload() instanceof ClientEnrolled c && enrolledOn == null) {
                enrolledOn = c.enrolledOn();
            }
        }
        if (enrolledOn == null) {
            return new FileReview(caseId, null, 0, false, List.of(new ElementResult("enrolment", ElementResult.Status.NOT_APPLICABLE,
                    "The client was never enrolled; there is no complex case management file to review.", List.of())));
        }
        LocalDate clockStart = eligibleOn != null ? eligibleOn : enrolledOn;
        long days = ChronoUnit.DAYS.between(enrolledOn, reviewDate);
        List<ElementResult> elements = new ArrayList<>();
        elements.add(initialAssessment(events, clockStart));
        elements.add(present(events, "consent", ConsentSigned.class::isInstance, "A release of information is documented."));
        elements.add(present(events, "rights-and-responsibilities", RightsAndResponsibilitiesProvided.class::isInstance,
                "The client was given the statement of rights and responsibilities."));
        elements.add(present(events, "care-plan-prioritized-goals", CarePlanGoalSet.class::isInstance, "The care plan has prioritized goals."));
        elements.add(present(events, "client-preferences", e -> e instanceof CarePlanGoalSet g
                && (g.clientPreference() != null || g.caregiverPreference() != null), "Goals record the client's or caregiver's preferences."));
        elements.add(present(events, "barriers", BarrierIdentified.class::isInstance, "Barriers to meeting goals are identified."));
        elements.add(present(events, "follow-up-schedule", FollowUpScheduleSet.class::isInstance, "A follow-up and communication schedule is set."));
        elements.add(present(events, "self-management-plan", SelfManagementPlanRecorded.class::isInstance, "A self-management plan is recorded."));
        elements.add(present(events, "progress-reviews", GoalProgressReviewed.class::isInstance, "Progress against goals is reviewed."));
        return new FileReview(caseId, clockStart, days, days >= MIN_DAYS_IN_PROGRAMME, elements);
    }

    /** All eleven domains, each completed no later than 30 days after the clock started. */
    private static ElementResult initialAssessment(List<RecordedEvent> events, LocalDate clockStart) {
        Map<NeedsDomain, RecordedEvent> first = new EnumMap<>(NeedsDomain.class);
        for (RecordedEvent e : events) {
            if (e.payload() instanceof NeedsAssessmentDomainCompleted d) {
                first.putIfAbsent(d.domain(), e);
            }
        }
        LocalDate deadline = clockStart.plusDays(INITIAL_ASSESSMENT_DAYS);
        List<String> missing = new ArrayList<>();
        List<String> late = new ArrayList<>();
        for (NeedsDomain domain : NeedsDomain.values()) {
            RecordedEvent e = first.get(domain);
            if (e == null) {
                missing.add(domain.name());
            } else if (((NeedsAssessmentDomainCompleted) e.payload()).completedOn().isAfter(deadline)) {
                late.add(domain.name());
            }
        }
        List<String> evidence = first.values().stream().map(RecordedEvent::eventId).toList();
        if (missing.isEmpty() && late.isEmpty()) {
            return new ElementResult("initial-assessment", ElementResult.Status.MET,
                    "All " + NeedsDomain.values().length + " domains completed by " + deadline + ".", evidence);
        }
        return new ElementResult("initial-assessment", ElementResult.Status.NOT_MET,
                "Due by " + deadline + "; missing: " + missing + "; late: " + late + ".", evidence);
    }

    private static ElementResult present(List<RecordedEvent> events, String element, Predicate<Object> proves, String finding) {
        List<String> evidence = events.stream().filter(e -> proves.test(e.payload())).map(RecordedEvent::eventId).toList();
        return evidence.isEmpty()
                ? new ElementResult(element, ElementResult.Status.NOT_MET, "Not documented: " + finding, evidence)
                : new ElementResult(element, ElementResult.Status.MET, finding, evidence);
    }
}
