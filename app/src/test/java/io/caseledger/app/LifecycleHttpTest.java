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

    @Test
    void the_status_machine_and_roles_are_enforced_over_http() {
        String caseId = referIn();
        Api.Response early = api.post("alice", "/api/cases", Api.enrolment(caseId, "Tomas", "Ruiz"));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("code").asString()).isEqualTo("eligibility-not-determined");

        api.post("alice", "/api/cases/" + caseId + "/eligibility", "{\"eligible\":true}");
        api.post("alice", "/api/cases", Api.enrolment(caseId, "Tomas", "Ruiz"));

        assertThat(api.post("alice", "/api/cases/" + caseId + "/transfer", "{\"toCaseManagerId\":\"bob\",\"reason\":\"x\"}").status())
                .as("only supervisors transfer").isEqualTo(403);
        Api.Response toAuditor = api.post("sam", "/api/cases/" + caseId + "/transfer", "{\"toCaseManagerId\":\"ann\",\"reason\":\"x\"}");
        assertThat(toAuditor.status()).isEqualTo(422);
        assertThat(toAuditor.json().get("code").asString()).isEqualTo("unknown-case-manager");
        assertThat(api.post("bob", "/api/cases/" + caseId + "/closure", "{\"closureReason\":\"MOVED\"}").status())
                .as("another case manager's case is invisible").isEqualTo(404);

        assertThat(api.post("alice", "/api/cases/" + caseId + "/closure", "{\"closureReason\":\"MOVED\"}").status()).isEqualTo(200);
        Api.Response twice = api.post("alice", "/api/cases/" + caseId + "/closure", "{\"closureReason\":\"MOVED\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("code").asString()).isEqualTo("case-already-closed");
        Api.Response closedWork = api.post("alice", "/api/cases/" + caseId + "/care-team",
                "{\"role\":\"PCP\",\"name\":\"Dr. Okafor\"}");
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
    void route_input_errors_name_the_field() {
        String caseId = referIn();
        Api.Response badEnum = api.post("alice", "/api/cases/" + caseId + "/closure", "{\"closureReason\":\"BORED\"}");
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.json().get("field").asString()).isEqualTo("closureReason");

        Api.Response mismatch = api.post("alice", "/api/cases/" + caseId + "/eligibility",
                "{\"caseId\":\"other\",\"eligible\":true}");
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.json().get("field").asString()).isEqualTo("caseId");

        Api.Response missing = api.post("alice", "/api/cases/" + caseId + "/eligibility", "{\"eligible\":false}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("field").asString()).isEqualTo("reason");

        Api.Response unknownCase = api.post("alice", "/api/cases/nope/eligibility", "{\"eligible\":true}");
        assertThat(unknownCase.status()).isEqualTo(404);

        Api.Response memberAdded = api.post("alice", "/api/cases/" + caseId + "/care-team",
                "{\"role\":\"FAMILY_MEMBER\",\"name\":\"Rosa Ruiz\"}");
        assertThat(memberAdded.status()).isEqualTo(201);
        assertThat(memberAdded.json().get("memberId").asString()).isNotBlank();
        assertThat(api.post("rae", "/api/cases/" + caseId + "/eligibility", "{\"eligible\":true}").status()).isEqualTo(403);
        assertThat(eventTypes(caseId)).containsExactly("ProgrammeReferralReceived", "CareTeamMemberAdded");
    }
}
