package io.caseledger.command.casefile;

import io.caseledger.domain.assignment.*;
import io.caseledger.domain.closure.*;
import io.caseledger.domain.enrolment.EnrolClient;
import io.caseledger.domain.intake.*;
import io.caseledger.domain.shared.CommandRejected;
import io.caseledger.domain.shared.Rejection;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

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

    @Test
    void only_the_intake_team_and_those_covering_it_work_an_unassigned_referral() {
        DetermineEligibility decide = new DetermineEligibility(CASE, true, null, DAY);
        fixture.given(referred()).when(decide, actingAs("bob", "CASE_MANAGER", "north", null))
                .expectEvents(new EligibilityDetermined(CASE, true, null, DAY));
        fixture.given(referred()).when(decide, actingAs("sam", "SUPERVISOR", "north", null)).expectSuccessfulHandlerExecution();
        fixture.given(referred()).when(decide, actingAs("dan", "CASE_MANAGER", "south", "north")).expectSuccessfulHandlerExecution();
        for (var outsider : java.util.List.of(actingAs("carol", "CASE_MANAGER", "south", null), actingAs("sue", "SUPERVISOR", "south", null))) {
            fixture.given(referred()).when(decide, outsider).expectNoEvents()
                    .expectExceptionDetails(Rejection.NO_SUCH_CASE);
        }
    }

    @Test
    void a_second_referral_with_the_same_case_id_is_a_conflict() {
        fixture.given(referred())
                .when(new ReceiveProgrammeReferral(CASE, ADA, ReferralSource.SELF, null, null, null))
                .expectNoEvents()
                .expectExceptionDetails(new Rejection(Rejection.Kind.CONFLICT, "case-already-exists", null,
                        "A case with this id already exists."));
    }

    @Test
    void a_referred_client_cannot_be_enrolled_before_eligibility_is_decided() {
        fixture.given(referred()).when(enrol()).expectNoEvents().expectException(CommandRejected.class)
                .expectExceptionMessage("Determine eligibility before enrolling a referred client.");
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
                .when(enrol()).expectNoEvents().expectExceptionMessage("The client was found ineligible.");
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
                .expectNoEvents().expectExceptionMessage("Eligibility is decided before enrolment.");
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
                .expectNoEvents().expectExceptionMessage("The case is already with that case manager.");
    }

    @Test
    void care_team_members_are_added_once_and_removed_only_if_present() {
        CareTeamMemberAdded pcp = new CareTeamMemberAdded(CASE, "m-1", CareTeamRole.PCP, "Dr. Rivera", "Eastside Clinic", null);
        fixture.given(enrolled("alice"))
                .when(new AddCareTeamMember(CASE, "m-1", CareTeamRole.PCP, "Dr. Rivera", "Eastside Clinic", null))
                .expectEvents(pcp);
        fixture.given(enrolled("alice"), pcp)
                .when(new AddCareTeamMember(CASE, "m-1", CareTeamRole.PCP, "Dr. Rivera", null, null))
                .expectNoEvents().expectExceptionMessage("That care team member is already on the team.");
        fixture.given(enrolled("alice"))
                .when(new RemoveCareTeamMember(CASE, "m-9", null))
                .expectNoEvents().expectExceptionMessage("No such care team member.");
    }

    @Test
    void a_closed_case_takes_no_new_work_and_cannot_be_closed_twice() {
        CaseClosed closed = new CaseClosed(CASE, ClosureReason.GOALS_MET, null, DAY);
        fixture.given(enrolled("alice"), closed)
                .when(new AddCareTeamMember(CASE, "m-1", CareTeamRole.PCP, "Dr. Rivera", null, null))
                .expectNoEvents().expectExceptionMessage("The case is closed.");
        fixture.given(enrolled("alice"), closed)
                .when(new CloseCase(CASE, ClosureReason.MOVED, null, DAY))
                .expectNoEvents().expectExceptionMessage("The case is already closed.");
    }

    @Test
    void closing_records_the_coded_reason_and_reopening_enrols_again() {
        fixture.given(enrolled("alice"))
                .when(new CloseCase(CASE, ClosureReason.LOST_TO_FOLLOW_UP, "No answer to 3 calls", DAY))
                .expectEvents(new CaseClosed(CASE, ClosureReason.LOST_TO_FOLLOW_UP, "No answer to 3 calls", DAY));
        fixture.given(enrolled("alice"), new CaseClosed(CASE, ClosureReason.MOVED, null, DAY))
                .when(new ReopenCase(CASE, "Client moved back"))
                .expectEvents(new CaseReopened(CASE, "Client moved back"));
        fixture.given(enrolled("alice"))
                .when(new ReopenCase(CASE, "why"))
                .expectNoEvents().expectExceptionMessage("Only a closed case can be reopened.");
    }

    @Test
    void a_case_manager_cannot_act_on_another_case_managers_case() {
        fixture.given(enrolled("alice"))
                .when(new TransferCase(CASE, "carol", "taking it"), actingAs("bob", "CASE_MANAGER"))
                .expectNoEvents().expectExceptionMessage("names no case you may see");
        fixture.given(enrolled("alice"))
                .when(new TransferCase(CASE, "bob", "rebalancing"), actingAs("sam", "SUPERVISOR", "north", null))
                .expectEvents(new CaseTransferred(CASE, "alice", "bob", "rebalancing"));
    }

    @Test
    void a_supervisor_acts_only_on_their_own_teams_cases() {
        fixture.given(enrolled("alice"))
                .when(new TransferCase(CASE, "bob", "rebalancing"), actingAs("sue", "SUPERVISOR", "south", null))
                .expectNoEvents().expectExceptionMessage("names no case you may see");
        fixture.given(enrolled("alice"))
                .when(new TransferCase(CASE, "bob", "rebalancing"), actingAs("sam", "SUPERVISOR", null, null))
                .expectNoEvents().expectExceptionMessage("names no case you may see");
    }

    @Test
    void a_case_manager_covering_a_team_may_act_on_its_cases_but_not_on_others() {
        fixture.given(enrolled("alice"))
                .when(new ReopenCase(CASE, "cover"), actingAs("carol", "CASE_MANAGER", "south", "north"))
                .expectNoEvents().expectExceptionMessage("Only a closed case can be reopened.");
        fixture.given(enrolled("alice"))
                .when(new ReopenCase(CASE, "cover"), actingAs("carol", "CASE_MANAGER", "south", "east"))
                .expectNoEvents().expectExceptionMessage("names no case you may see");
    }
}
