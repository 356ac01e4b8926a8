package io.caseledger.domain.ncqa;

import io.caseledger.domain.assessment.NeedsAssessmentDomainCompleted;
import io.caseledger.domain.assessment.NeedsDomain;
import io.caseledger.domain.careplan.*;
import io.caseledger.domain.consent.*;
import io.caseledger.domain.enrolment.ClientEnrolled;
import io.caseledger.domain.enrolment.InsuranceStatus;
import io.caseledger.domain.enrolment.PersonalDetails;
import io.caseledger.domain.intake.EligibilityDetermined;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.caseledger.domain.ncqa.ElementResult.Status.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The file review on constructed cases that meet and miss each element at its boundary. */
class FileReviewTest {

    private static final LocalDate ELIGIBLE = LocalDate.of(2026, 1, 1);
    private static final LocalDate ENROLLED = LocalDate.of(2026, 1, 10);

    private final List<RecordedEvent> events = new ArrayList<>();

    private FileReviewTest with(Object payload) {
        events.add(new RecordedEvent("e" + events.size(), payload));
        return this;
    }

    private FileReviewTest enrolledAfterEligibility() {
        return with(new EligibilityDetermined("c", true, null, ELIGIBLE))
                .with(new ClientEnrolled("c", new PersonalDetails("A", "B", LocalDate.of(1970, 1, 1)), "alice", "en", false, InsuranceStatus.INSURED, ENROLLED));
    }

    private FileReviewTest allDomainsOn(LocalDate day) {
        for (NeedsDomain d : NeedsDomain.values()) {
            with(new NeedsAssessmentDomainCompleted("c", d, day, "findings"));
        }
        return this;
    }

    private Map<String, ElementResult> review(LocalDate on) {
        return FileReview.of("c", events, on).elements().stream().collect(Collectors.toMap(ElementResult::element, e -> e));
    }

    @Test
    void the_initial_assessment_is_due_30_days_after_eligibility_not_enrolment() {
        enrolledAfterEligibility().allDomainsOn(ELIGIBLE.plusDays(30));
        ElementResult onTime = review(ENROLLED.plusDays(90)).get("initial-assessment");
        assertThat(onTime.status()).isEqualTo(MET);
        assertThat(onTime.evidence()).hasSize(NeedsDomain.values().length);

        events.clear();
        enrolledAfterEligibility().allDomainsOn(ELIGIBLE.plusDays(31));
        ElementResult late = review(ENROLLED.plusDays(90)).get("initial-assessment");
        assertThat(late.status()).isEqualTo(NOT_MET);
        assertThat(late.finding()).contains("late: [HEALTH_STATUS");
    }

    @Test
    void a_missing_domain_misses_the_initial_assessment() {
        enrolledAfterEligibility();
        for (NeedsDomain d : NeedsDomain.values()) {
            if (d != NeedsDomain.CAREGIVER_RESOURCES) {
                with(new NeedsAssessmentDomainCompleted("c", d, ELIGIBLE.plusDays(5), "f"));
            }
        }
        ElementResult result = review(ENROLLED.plusDays(90)).get("initial-assessment");
        assertThat(result.status()).isEqualTo(NOT_MET);
        assertThat(result.finding()).contains("missing: [CAREGIVER_RESOURCES]");
    }

    @Test
    void each_documentation_element_is_met_only_with_the_event_that_proves_it() {
        enrolledAfterEligibility();
        Map<String, ElementResult> bare = review(ENROLLED.plusDays(90));
        assertThat(bare.values()).extracting(ElementResult::status).containsOnly(NOT_MET);

        with(new ConsentSigned("c", "k", new Recipient("Org", null), Set.of(ConsentPurpose.REFERRAL), Set.of(InformationScope.ALL),
                ELIGIBLE, ELIGIBLE.plusYears(1), ConsentMethod.WRITTEN, null))
                .with(new RightsAndResponsibilitiesProvided("c", ENROLLED, ConsentMethod.WRITTEN))
                .with(new CarePlanGoalSet("c", "g", "Housing", 1, null, null, null))
                .with(new BarrierIdentified("c", "b", "g", "No ID documents", null))
                .with(new FollowUpScheduleSet("c", 14, "PHONE", ENROLLED.plusDays(14)))
                .with(new SelfManagementPlanRecorded("c", "Daily checklist"))
                .with(new GoalProgressReviewed("c", "g", GoalOutcome.PARTIALLY_MET, null, false));
        Map<String, ElementResult> documented = review(ENROLLED.plusDays(90));
        assertThat(documented.get("consent").status()).isEqualTo(MET);
        assertThat(documented.get("consent").evidence()).containsExactly("e2");
        assertThat(documented.get("progress-reviews").status()).isEqualTo(MET);
        assertThat(documented.get("client-preferences").status()).as("the goal records no preference").isEqualTo(NOT_MET);

        with(new CarePlanGoalSet("c", "g2", "Work", 2, "Mornings only", null, null));
        assertThat(review(ENROLLED.plusDays(90)).get("client-preferences").status()).isEqualTo(MET);
    }

    @Test
    void cases_open_less_than_60_days_are_left_out_of_the_sample_and_unenrolled_cases_are_not_applicable() {
        enrolledAfterEligibility();
        assertThat(FileReview.of("c", events, ENROLLED.plusDays(59)).inSample()).isFalse();
        assertThat(FileReview.of("c", events, ENROLLED.plusDays(60)).inSample()).isTrue();
        FileReview never = FileReview.of("c", List.of(new RecordedEvent("e0", new EligibilityDetermined("c", false, "Out of area", ELIGIBLE))), ENROLLED);
        assertThat(never.inSample()).isFalse();
        assertThat(never.elements()).extracting(ElementResult::status).containsOnly(NOT_APPLICABLE);
    }
}
