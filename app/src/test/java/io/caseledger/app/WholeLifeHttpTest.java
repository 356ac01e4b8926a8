package io.caseledger.app;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One client's whole life in the programme over HTTP, as a care manager would record it: referred in,
 * eligible, enrolled, consented, referred out to a closed loop, appointments kept and missed (with the
 * follow-up created by itself), PHQ-9 over weeks to response and remission, a care plan reviewed, a
 * correction, closure and reopening.
 */
@HttpTest
class WholeLifeHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    private static final LocalDate TODAY = LocalDate.now();

    private String ok(Api.Response response, String idField) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return idField == null ? null : response.json().get(idField).asString();
    }

    private static String phq9(int[] items, LocalDate on) {
        StringBuilder list = new StringBuilder();
        for (int item : items) {
            list.append(list.isEmpty() ? "" : ",").append(item);
        }
        return "{\"instrument\":\"PHQ9\",\"items\":[" + list + "],\"administeredOn\":\"" + on + "\"}";
    }

    private List<String> types(String caseId) {
        return eventStore.readEvents(caseId).asStream().map(e -> e.getPayloadType().getSimpleName()).toList();
    }

    @Test
    void a_client_is_taken_through_the_whole_life_of_a_case() {
        Api api = new Api(port);
        String c = ok(api.post("alice", "/api/intake-referrals", """
                {"client":{"givenName":"Dolores","familyName":"Huerta","dateOfBirth":"1950-04-10"},"source":"CLINIC",
                 "referringOrganisation":"Eastside Primary Care","receivedOn":"%s"}""".formatted(TODAY.minusWeeks(17))), "caseId");
        String cases = "/api/cases/" + c;
        ok(api.post("alice", cases + "/eligibility", "{\"eligible\":true,\"determinedOn\":\"" + TODAY.minusWeeks(17) + "\"}"), null);
        ok(api.post("alice", "/api/cases", Api.enrolment(c, "Dolores", "Huerta").replace("\"insuranceStatus\"",
                "\"enrolledOn\":\"" + TODAY.minusWeeks(16) + "\",\"insuranceStatus\"")), null);
        ok(api.post("alice", cases + "/rights-and-responsibilities", "{\"method\":\"WRITTEN\"}"), null);
        ok(api.post("alice", cases + "/needs-assessment", "{\"domain\":\"SOCIAL_DETERMINANTS\",\"findings\":\"Food insecure\"}"), null);
        ok(api.post("alice", cases + "/consents", """
                {"recipient":{"category":"BEHAVIOURAL_HEALTH"},"purposes":["REFERRAL"],"scope":["BEHAVIOURAL_HEALTH"],
                 "expiresOn":"%s","method":"ELECTRONIC"}""".formatted(TODAY.plusYears(1))), "consentId");

        String referral = cases + "/referrals/" + ok(api.post("alice", cases + "/referrals", """
                {"type":"BEHAVIOURAL_HEALTH","recipient":{"organisation":"Mindful Counselling","category":"BEHAVIOURAL_HEALTH"},
                 "reason":"Depression","dueBy":"%s"}""".formatted(TODAY.plusDays(14))), "referralId");
        for (String step : List.of("/sending", "/acceptance")) {
            ok(api.post("alice", referral + step, "{}"), null);
        }
        ok(api.post("alice", referral + "/completion", "{\"outcome\":\"8 sessions of CBT\"}"), null);
        ok(api.post("alice", referral + "/loop-closure", "{}"), null);

        String appointment = "{\"with\":\"Dr. Chen\",\"at\":\"%s\",\"location\":\"Clinic\",\"purpose\":\"Follow-up\"}";
        String kept = ok(api.post("alice", cases + "/appointments", appointment.formatted(Instant.now().minusSeconds(7200))), "appointmentId");
        ok(api.post("alice", cases + "/appointments/" + kept + "/kept", "{}"), null);
        String missed = ok(api.post("alice", cases + "/appointments", appointment.formatted(Instant.now().minusSeconds(3600))), "appointmentId");
        ok(api.post("alice", cases + "/appointments/" + missed + "/missed", "{}"), null);
        await().atMost(Duration.ofSeconds(10)).until(() -> types(c).contains("FollowUpTaskCreated"));

        ok(api.post("alice", cases + "/assessments", phq9(new int[]{2, 2, 2, 2, 2, 2, 3, 3, 0}, TODAY.minusWeeks(16))), "assessmentId");
        ok(api.post("alice", cases + "/assessments", phq9(new int[]{1, 1, 1, 1, 1, 1, 1, 1, 0}, TODAY.minusWeeks(12))), "assessmentId");
        ok(api.post("alice", cases + "/assessments", phq9(new int[]{1, 1, 1, 0, 0, 0, 0, 0, 0}, TODAY.minusWeeks(4))), "assessmentId");
        ok(api.post("alice", cases + "/relapse-prevention-plan", "{\"plan\":\"Weekly walking group; call if sleep worsens\"}"), null);

        String goal = ok(api.post("alice", cases + "/care-plan/goals", "{\"description\":\"Return to part-time work\",\"priority\":1,\"clientPreference\":\"Mornings only\"}"), "goalId");
        ok(api.post("alice", cases + "/care-plan/goals/" + goal + "/interventions", "{\"description\":\"Vocational rehab referral\"}"), "interventionId");
        ok(api.post("alice", cases + "/care-plan/goals/" + goal + "/reviews", "{\"outcome\":\"MET\",\"note\":\"Started 20h/week\"}"), null);
        Api.Response afterMet = api.post("alice", cases + "/care-plan/goals/" + goal + "/interventions", "{\"description\":\"More\"}");
        assertThat(afterMet.status()).isEqualTo(422);
        assertThat(afterMet.json().get("code").asString()).isEqualTo("goal-met");

        String contactEvent = api.get("alice", cases + "/history?type=ReferralCompleted").json().get("events").get(0).get("eventId").asString();
        ok(api.post("alice", cases + "/corrections", "{\"correctedEventId\":\"" + contactEvent
                + "\",\"corrections\":[{\"field\":\"outcome\",\"value\":\"10 sessions of CBT\"}],\"reason\":\"Provider corrected count\"}"), null);
        ok(api.post("alice", cases + "/closure", "{\"closureReason\":\"GOALS_MET\"}"), null);
        ok(api.post("alice", cases + "/reopening", "{\"reason\":\"Symptoms returned\"}"), null);

        assertThat(types(c)).containsSubsequence("ProgrammeReferralReceived", "EligibilityDetermined", "ClientEnrolled",
                "ConsentSigned", "ReferralSent", "ReferralLoopClosed", "AppointmentKept", "AppointmentMissed",
                "MeasurementBaselineSet", "TreatmentResponseAchieved", "RemissionAchieved", "RelapsePreventionPlanRecorded",
                "GoalProgressReviewed", "EntryCorrected", "CaseClosed", "CaseReopened");
        assertThat(types(c)).contains("FollowUpTaskCreated").doesNotContain("NotImprovingDetected", "SafetyConcernFlagged");

        JsonNode summary = api.get("sam", cases).json();
        assertThat(summary.get("status").asString()).isEqualTo("ENROLLED");
        assertThat(summary.get("clinical").get("series").get("PHQ9").findValuesAsString("severity"))
                .containsExactly("MODERATELY_SEVERE", "MILD", "MINIMAL");
        assertThat(summary.get("clinical").get("inRemission").asBoolean()).isTrue();
        assertThat(summary.get("carePlan").get("goals").get(0).get("latestReview").get("outcome").asString()).isEqualTo("MET");
        assertThat(api.get("ann", cases + "/verify").json().get("verified").asBoolean()).isTrue();

        // The case-summary projection, once current, answers exactly what folding the event store answers.
        long head = eventStore.lastSequenceNumberFor(c).orElseThrow();
        await().atMost(Duration.ofSeconds(15)).until(() -> "projection".equals(api.get("ann", cases).source()));
        JsonNode fromProjection = api.get("ann", cases).json();
        Api.Response folded = api.get("ann", cases + "?asOfSequence=" + head);
        assertThat(folded.source()).isEqualTo("event-store");
        assertThat(fromProjection).isEqualTo(folded.json());
        assertThat(fromProjection.get("clinical").get("series").get("PHQ9")).hasSize(3);
        assertThat(fromProjection.get("lastSequence").asLong()).isEqualTo(head);
    }

    @Test
    void a_client_not_improving_at_nine_weeks_is_flagged_and_item_9_raises_a_safety_flag() {
        Api api = new Api(port);
        api.post("alice", "/api/cases", Api.enrolment("ni-1", "Sam", "Stone"));
        ok(api.post("alice", "/api/cases/ni-1/assessments", phq9(new int[]{2, 2, 2, 2, 2, 2, 2, 2, 0}, TODAY.minusWeeks(9))), "assessmentId");
        ok(api.post("alice", "/api/cases/ni-1/assessments", phq9(new int[]{2, 2, 2, 2, 2, 2, 1, 1, 1}, TODAY)), "assessmentId");
        assertThat(types("ni-1")).containsSubsequence("AssessmentScored", "SafetyConcernFlagged", "CaseFlaggedForReview",
                "NotImprovingDetected", "CaseFlaggedForReview");

        Api.Response badItem = api.post("alice", "/api/cases/ni-1/assessments", phq9(new int[]{0, 0, 0, 0, 0, 0, 0, 7, 0}, TODAY));
        assertThat(badItem.status()).isEqualTo(400);
        assertThat(badItem.json().get("field").asString()).isEqualTo("items[7]");
        Api.Response tooFew = api.post("alice", "/api/cases/ni-1/assessments", "{\"instrument\":\"GAD7\",\"items\":[1,2]}");
        assertThat(tooFew.json().get("field").asString()).isEqualTo("items");
        ok(api.post("alice", "/api/cases/ni-1/safety-concerns/resolution", "{\"action\":\"SAFETY_PLAN\"}"), null);
        assertThat(api.get("alice", "/api/cases/ni-1").json().get("clinical").get("safetyConcernOpen").asBoolean()).isFalse();
    }
}
