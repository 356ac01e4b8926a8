package io.caseledger.app;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A case's life over HTTP: referred in, found eligible, enrolled, transferred, closed, reopened. */
@HttpTest
class LifecycleHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    private String referIn() {
        Api.Response referred = api.post("alice", "/api/intake-referrals", """
                {"client":{"givenName":"Tomas","familyName":"Ruiz","dateOfBirth":"1961-07-19"},
                 "source":"EMERGENCY_DEPARTMENT","referringOrganisation":"City Hospital ED"}""");
        assertThat(referred.status()).isEqualTo(201);
        return referred.json().get("caseId").asString();
    }

    private List<String> eventTypes(String caseId) {
        return eventStore.readEvents(caseId).asStream().map(e -> e.getPayloadType().getSimpleName()).toList();
    }

    @Test
    void a_referred_client_is_found_eligible_enrolled_transferred_closed_and_reopened() {
        String caseId = referIn();
        assertThat(api.post("alice", "/api/cases/" + caseId + "/eligibility", "{\"eligible\":true}").status()).isEqualTo(200);
        assertThat(api.post("alice", "/api/cases", Api.enrolment(caseId, "Tomas", "Ruiz")).status()).isEqualTo(201);
        assertThat(api.post("sam", "/api/cases/" + caseId + "/transfer",
                "{\"toCaseManagerId\":\"bob\",\"reason\":\"Spanish-speaking caseload\"}").status()).isEqualTo(200);
        assertThat(api.post("bob", "/api/cases/" + caseId + "/closure",
                "{\"closureReason\":\"GOALS_MET\",\"note\":\"Stable housing, PCP established\"}").status()).isEqualTo(200);
        assertThat(api.post("bob", "/api/cases/" + caseId + "/reopening", "{\"reason\":\"Readmitted\"}").status()).isEqualTo(200);

        assertThat(eventTypes(caseId)).containsExactly("ProgrammeReferralReceived", "EligibilityDetermined",
                "ClientEnrolled", "CaseTransferred", "CaseClosed", "CaseReopened");
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(caseId).asStream().toList();
        assertThat(events.get(3).getMetaData()).as("a free-text reason stays in the (sealed) payload").doesNotContainKey("reason");
        assertThat(((io.caseledger.domain.assignment.CaseTransferred) events.get(3).getPayload()).reason()).isEqualTo("Spanish-speaking caseload");
        assertThat(events.get(4).getMetaData().get("reason")).as("closure metadata carries the code, not the note")
                .isEqualTo("GOALS_MET");
        assertThat(events.get(4).getMetaData().get("userId")).isEqualTo("bob");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.get("bob", "/api/caseloads/bob").json().get("cases").findValuesAsString("caseId")).contains(caseId));
    }

    /** A referral found eligible and enrolled into alice's caseload; its case id. */
    private String enrolled() {
        String caseId = referIn();
        assertThat(api.post("alice", "/api/cases/" + caseId + "/eligibility", "{\"eligible\":true}").status()).isEqualTo(200);
        assertThat(api.post("alice", "/api/cases", Api.enrolment(caseId, "Tomas", "Ruiz")).status()).isEqualTo(201);
        return caseId;
    }

    @Test
    void a_referred_client_is_not_enrolled_before_eligibility_is_determined() {
        String caseId = referIn();

        Api.Response early = api.post("alice", "/api/cases", Api.enrolment(caseId, "Tomas", "Ruiz"));

        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("code").asString()).isEqualTo("eligibility-not-determined");
        assertThat(eventTypes(caseId)).containsExactly("ProgrammeReferralReceived");
    }

    @Test
    void only_a_supervisor_transfers_a_case() {
        String caseId = enrolled();

        assertThat(api.post("alice", "/api/cases/" + caseId + "/transfer", "{\"toCaseManagerId\":\"bob\",\"reason\":\"x\"}").status())
                .isEqualTo(403);
    }

    @Test
    void a_case_is_not_transferred_to_someone_who_is_not_a_case_manager() {
        String caseId = enrolled();

        Api.Response toAuditor = api.post("sam", "/api/cases/" + caseId + "/transfer", "{\"toCaseManagerId\":\"ann\",\"reason\":\"x\"}");

        assertThat(toAuditor.status()).isEqualTo(422);
        assertThat(toAuditor.json().get("code").asString()).isEqualTo("unknown-case-manager");
    }

    @Test
    void another_case_managers_case_is_invisible_to_their_commands() {
        String caseId = enrolled();

        assertThat(api.post("bob", "/api/cases/" + caseId + "/closure", "{\"closureReason\":\"MOVED\"}").status()).isEqualTo(404);
    }

    @Test
    void a_case_is_closed_only_once() {
        String caseId = enrolled();
        assertThat(api.post("alice", "/api/cases/" + caseId + "/closure", "{\"closureReason\":\"MOVED\"}").status()).isEqualTo(200);

        Api.Response twice = api.post("alice", "/api/cases/" + caseId + "/closure", "{\"closureReason\":\"MOVED\"}");

        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("code").asString()).isEqualTo("case-already-closed");
    }

    @Test
    void a_closed_case_takes_no_more_work() {
        String caseId = enrolled();
        assertThat(api.post("alice", "/api/cases/" + caseId + "/closure", "{\"closureReason\":\"MOVED\"}").status()).isEqualTo(200);

        Api.Response closedWork = api.post("alice", "/api/cases/" + caseId + "/care-team", "{\"role\":\"PCP\",\"name\":\"Dr. Okafor\"}");

        assertThat(closedWork.status()).isEqualTo(422);
        assertThat(closedWork.json().get("code").asString()).isEqualTo("case-closed");
    }

    /** A referral alice (team north) received is team north's until a case manager has it; other teams never learn of it. */
    @Test
    void an_unassigned_referral_is_seen_and_worked_only_by_the_team_whose_intake_queue_received_it() {
        String caseId = referIn();
        String cases = "/api/cases/" + caseId;
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("ann", cases).source().equals("projection"));
        for (String user : List.of("alice", "bob", "sam", "dan", "ann")) {
            assertThat(api.get(user, cases).status()).as(user + " reads the referral").isEqualTo(200);
        }
        for (String user : List.of("carol", "sue")) {
            assertThat(api.get(user, cases).status()).as(user + " (south) reads it").isEqualTo(404);
            assertThat(api.get(user, cases + "/history").status()).as(user + " reads its history").isEqualTo(404);
            assertThat(api.post(user, cases + "/eligibility", "{\"eligible\":true}").status()).as(user + " decides").isEqualTo(404);
        }
        assertThat(api.post("dan", cases + "/eligibility", "{\"eligible\":true}").status()).as("dan covers north").isEqualTo(200);
        assertThat(api.post("carol", "/api/cases", Api.enrolment(caseId, "Tomas", "Ruiz")).status()).as("south enrols it").isEqualTo(404);
        assertThat(api.post("bob", "/api/cases", Api.enrolment(caseId, "Tomas", "Ruiz")).status()).isEqualTo(201);
        assertThat(api.get("alice", cases).status()).as("now bob's case, not alice's").isEqualTo(404);
    }

    @Test
    void an_unknown_closure_reason_is_a_400_naming_it() {
        String caseId = referIn();

        Api.Response badEnum = api.post("alice", "/api/cases/" + caseId + "/closure", "{\"closureReason\":\"BORED\"}");

        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.json().get("field").asString()).isEqualTo("closureReason");
        assertThat(eventTypes(caseId)).containsExactly("ProgrammeReferralReceived");
    }

    @Test
    void a_case_id_in_the_body_that_disagrees_with_the_path_is_a_400_naming_it() {
        String caseId = referIn();

        Api.Response mismatch = api.post("alice", "/api/cases/" + caseId + "/eligibility", "{\"caseId\":\"other\",\"eligible\":true}");

        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.json().get("field").asString()).isEqualTo("caseId");
        assertThat(eventTypes(caseId)).containsExactly("ProgrammeReferralReceived");
    }

    @Test
    void finding_a_client_ineligible_without_a_reason_is_a_400_naming_the_reason() {
        String caseId = referIn();

        Api.Response missing = api.post("alice", "/api/cases/" + caseId + "/eligibility", "{\"eligible\":false}");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("field").asString()).isEqualTo("reason");
        assertThat(eventTypes(caseId)).containsExactly("ProgrammeReferralReceived");
    }

    @Test
    void a_command_for_an_unknown_case_is_404() {
        assertThat(api.post("alice", "/api/cases/nope/eligibility", "{\"eligible\":true}").status()).isEqualTo(404);
    }

    @Test
    void reporting_sends_no_command() {
        String caseId = referIn();

        assertThat(api.post("rae", "/api/cases/" + caseId + "/eligibility", "{\"eligible\":true}").status()).isEqualTo(403);
        assertThat(eventTypes(caseId)).containsExactly("ProgrammeReferralReceived");
    }

    @Test
    void a_care_team_member_is_added_under_a_generated_id() {
        String caseId = referIn();

        Api.Response memberAdded = api.post("alice", "/api/cases/" + caseId + "/care-team", "{\"role\":\"FAMILY_MEMBER\",\"name\":\"Rosa Ruiz\"}");

        assertThat(memberAdded.status()).isEqualTo(201);
        assertThat(memberAdded.json().get("memberId").asString()).isNotBlank();
        assertThat(eventTypes(caseId)).containsExactly("ProgrammeReferralReceived", "CareTeamMemberAdded");
    }
}
