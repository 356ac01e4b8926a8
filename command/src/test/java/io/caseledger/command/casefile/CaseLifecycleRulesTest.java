package io.caseledger.command.casefile;

import io.caseledger.domain.assignment.*;
import io.caseledger.domain.closure.*;
import io.caseledger.domain.enrolment.EnrolClient;
import io.caseledger.domain.intake.*;
import io.caseledger.domain.shared.CommandRejected;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.caseledger.command.Refusals.refusal;
import static io.caseledger.command.casefile.CaseFixtures.*;

/** The case's status machine: REFERRED -> ELIGIBLE/INELIGIBLE -> ENROLLED -> CLOSED -> (reopened) ENROLLED. */
class CaseLifecycleRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 3);
    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = CaseFixtures.newFixture();
    }

    private static EnrolClient enrol() {
        return new EnrolClient(CASE, ADA, "alice", "en", false, null, LocalDate.of(2026, 1, 5));
    }

    @Test
    void a_programme_referral_opens_the_case_as_referred_in_the_receivers_intake_queue() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveProgrammeReferral(CASE, ADA, ReferralSource.EMERGENCY_DEPARTMENT, "City ED", null, LocalDate.of(2026, 1, 2)),
                        actingAs("alice", "CASE_MANAGER", "north", null))
                .expectEvents(referred());
    }

    private static final DetermineEligibility DECIDE = new DetermineEligibility(CASE, true, null, DAY);

    @Test
    void a_case_manager_of_the_intake_team_decides_eligibility_of_an_unassigned_referral() {
        fixture.given(referred()).when(DECIDE, actingAs("bob", "CASE_MANAGER", "north", null))
                .expectEvents(new EligibilityDetermined(CASE, true, null, DAY));
    }

    @Test
    void the_intake_teams_supervisor_works_an_unassigned_referral() {
        fixture.given(referred()).when(DECIDE, actingAs("sam", "SUPERVISOR", "north", null)).expectSuccessfulHandlerExecution();
    }

    @Test
    void a_case_manager_covering_the_intake_team_works_an_unassigned_referral() {
        fixture.given(referred()).when(DECIDE, actingAs("dan", "CASE_MANAGER", "south", "north")).expectSuccessfulHandlerExecution();
    }

    @Test
    void another_teams_case_manager_does_not_see_an_unassigned_referral() {
        fixture.given(referred()).when(DECIDE, actingAs("carol", "CASE_MANAGER", "south", null)).expectNoEvents()
                .expectExceptionDetails(refusal("case-not-found"));
    }

    @Test
    void another_teams_supervisor_does_not_see_an_unassigned_referral() {
        fixture.given(referred()).when(DECIDE, actingAs("sue", "SUPERVISOR", "south", null)).expectNoEvents()
                .expectExceptionDetails(refusal("case-not-found"));
    }

    @Test
    void a_second_referral_with_the_same_case_id_is_a_conflict() {
        fixture.given(referred())
                .when(new ReceiveProgrammeReferral(CASE, ADA, ReferralSource.SELF, null, null, null))
                .expectNoEvents()
                .expectExceptionDetails(refusal("case-already-exists"));
    }

    @Test
    void a_referred_client_cannot_be_enrolled_before_eligibility_is_decided() {
        fixture.given(referred()).when(enrol()).expectNoEvents().expectException(CommandRejected.class)
                .expectExceptionDetails(refusal("eligibility-not-determined"));
    }

    @Test
    void an_eligible_client_can_be_enrolled() {
        fixture.given(referred(), new EligibilityDetermined(CASE, true, null, DAY))
                .when(enrol())
                .expectEvents(new io.caseledger.domain.enrolment.ClientEnrolled(CASE, ADA, "alice", "en", false,
                        io.caseledger.domain.enrolment.InsuranceStatus.UNKNOWN, LocalDate.of(2026, 1, 5)));
    }

    @Test
    void an_ineligible_client_cannot_be_enrolled() {
        fixture.given(referred(), new EligibilityDetermined(CASE, false, "Out of area", DAY))
                .when(enrol()).expectNoEvents().expectExceptionDetails(refusal("client-ineligible"));
    }

    @Test
    void ineligibility_must_give_a_reason() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DetermineEligibility(CASE, false, " ", DAY))
                .isInstanceOfSatisfying(CommandRejected.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.rejection().field()).isEqualTo("reason"));
    }

    @Test
    void eligibility_is_not_decided_after_enrolment() {
        fixture.given(enrolled("alice"))
                .when(new DetermineEligibility(CASE, true, null, DAY))
                .expectNoEvents().expectExceptionDetails(refusal("eligibility-after-enrolment"));
    }

    @Test
    void a_transfer_moves_the_case_and_records_from_and_to() {
        fixture.given(enrolled("alice"))
                .when(new TransferCase(CASE, "bob", "Caseload balancing"))
                .expectEvents(new CaseTransferred(CASE, "alice", "bob", "Caseload balancing"));
    }

    @Test
    void a_transfer_to_the_same_case_manager_is_refused() {
        fixture.given(enrolled("alice"))
                .when(new TransferCase(CASE, "alice", "no-op"))
                .expectNoEvents().expectExceptionDetails(refusal("same-case-manager"));
    }

    private static final CareTeamMemberAdded PCP = new CareTeamMemberAdded(CASE, "m-1", CareTeamRole.PCP, "Dr. Rivera", "Eastside Clinic", null);

    @Test
    void a_care_team_member_is_added() {
        fixture.given(enrolled("alice"))
                .when(new AddCareTeamMember(CASE, "m-1", CareTeamRole.PCP, "Dr. Rivera", "Eastside Clinic", null))
                .expectEvents(PCP);
    }

    @Test
    void a_care_team_member_is_added_only_once() {
        fixture.given(enrolled("alice"), PCP)
                .when(new AddCareTeamMember(CASE, "m-1", CareTeamRole.PCP, "Dr. Rivera", null, null))
                .expectNoEvents().expectExceptionDetails(refusal("care-team-member-exists"));
    }

    @Test
    void only_a_care_team_member_who_is_there_is_removed() {
        fixture.given(enrolled("alice"))
                .when(new RemoveCareTeamMember(CASE, "m-9", null))
                .expectNoEvents().expectExceptionDetails(refusal("care-team-member-not-found"));
    }

    private static final CaseClosed CLOSED = new CaseClosed(CASE, ClosureReason.GOALS_MET, null, DAY);

    @Test
    void a_closed_case_takes_no_new_work() {
        fixture.given(enrolled("alice"), CLOSED)
                .when(new AddCareTeamMember(CASE, "m-1", CareTeamRole.PCP, "Dr. Rivera", null, null))
                .expectNoEvents().expectExceptionDetails(refusal("case-closed"));
    }

    @Test
    void a_case_is_not_closed_twice() {
        fixture.given(enrolled("alice"), CLOSED)
                .when(new CloseCase(CASE, ClosureReason.MOVED, null, DAY))
                .expectNoEvents().expectExceptionDetails(refusal("case-already-closed"));
    }

    @Test
    void closing_records_the_coded_reason() {
        fixture.given(enrolled("alice"))
                .when(new CloseCase(CASE, ClosureReason.LOST_TO_FOLLOW_UP, "No answer to 3 calls", DAY))
                .expectEvents(new CaseClosed(CASE, ClosureReason.LOST_TO_FOLLOW_UP, "No answer to 3 calls", DAY));
    }

    @Test
    void a_closed_case_is_reopened() {
        fixture.given(enrolled("alice"), new CaseClosed(CASE, ClosureReason.MOVED, null, DAY))
                .when(new ReopenCase(CASE, "Client moved back"))
                .expectEvents(new CaseReopened(CASE, "Client moved back"));
    }

    @Test
    void an_open_case_is_not_reopened() {
        fixture.given(enrolled("alice"))
                .when(new ReopenCase(CASE, "why"))
                .expectNoEvents().expectExceptionDetails(refusal("case-not-closed"));
    }

    @Test
    void a_case_manager_cannot_act_on_another_case_managers_case() {
        fixture.given(enrolled("alice"))
                .when(new TransferCase(CASE, "carol", "taking it"), actingAs("bob", "CASE_MANAGER"))
                .expectNoEvents().expectExceptionDetails(refusal("case-not-found"));
    }

    @Test
    void the_teams_supervisor_acts_on_its_case_managers_cases() {
        fixture.given(enrolled("alice"))
                .when(new TransferCase(CASE, "bob", "rebalancing"), actingAs("sam", "SUPERVISOR", "north", null))
                .expectEvents(new CaseTransferred(CASE, "alice", "bob", "rebalancing"));
    }

    @Test
    void another_teams_supervisor_does_not_act_on_a_case() {
        fixture.given(enrolled("alice"))
                .when(new TransferCase(CASE, "bob", "rebalancing"), actingAs("sue", "SUPERVISOR", "south", null))
                .expectNoEvents().expectExceptionDetails(refusal("case-not-found"));
    }

    @Test
    void a_supervisor_without_a_team_does_not_act_on_a_case() {
        fixture.given(enrolled("alice"))
                .when(new TransferCase(CASE, "bob", "rebalancing"), actingAs("sam", "SUPERVISOR", null, null))
                .expectNoEvents().expectExceptionDetails(refusal("case-not-found"));
    }

    /** Past the scope check, the rules answer: the case is simply not closed. */
    @Test
    void a_case_manager_covering_a_team_may_act_on_its_cases() {
        fixture.given(enrolled("alice"))
                .when(new ReopenCase(CASE, "cover"), actingAs("carol", "CASE_MANAGER", "south", "north"))
                .expectNoEvents().expectExceptionDetails(refusal("case-not-closed"));
    }

    @Test
    void a_case_manager_covering_another_team_may_not_act_on_a_case() {
        fixture.given(enrolled("alice"))
                .when(new ReopenCase(CASE, "cover"), actingAs("carol", "CASE_MANAGER", "south", "east"))
                .expectNoEvents().expectExceptionDetails(refusal("case-not-found"));
    }
}
