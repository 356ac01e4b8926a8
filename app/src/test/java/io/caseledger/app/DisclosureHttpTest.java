package io.caseledger.app;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Consent, then a referral out taken to a closed loop, and the sends that consent does not allow. */
@HttpTest
class DisclosureHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    private static final LocalDate TODAY = LocalDate.now();

    private String consentTo(String organisation) {
        return """
                {"recipient":{"organisation":"%s"},"purposes":["REFERRAL","TREATMENT"],"scope":["BEHAVIOURAL_HEALTH","ASSESSMENTS"],
                 "effectiveOn":"%s","expiresOn":"%s","method":"WRITTEN"}""".formatted(organisation, TODAY.minusDays(1), TODAY.plusYears(1));
    }

    private String referralTo(String organisation) {
        return """
                {"type":"BEHAVIOURAL_HEALTH","recipient":{"organisation":"%s","category":"BEHAVIOURAL_HEALTH"},
                 "reason":"PHQ-9 moderate, wants counselling","dueBy":"%s"}""".formatted(organisation, TODAY.plusDays(14));
    }

    /** A case enrolled into alice's caseload with a consent to Eastside Counselling; the consent's id. */
    private String consentedCase(Api api, String caseId) {
        assertThat(api.post("alice", "/api/cases", Api.enrolment(caseId, "Rosa", "Parks")).status()).isEqualTo(201);
        Api.Response consent = api.post("alice", "/api/cases/" + caseId + "/consents", consentTo("Eastside Counselling"));
        assertThat(consent.status()).isEqualTo(201);
        return consent.json().get("consentId").asString();
    }

    private String referral(Api api, String caseId, String organisation) {
        return api.post("alice", "/api/cases/" + caseId + "/referrals", referralTo(organisation)).json().get("referralId").asString();
    }

    private List<String> eventTypes(String caseId) {
        return eventStore.readEvents(caseId).asStream().map(e -> e.getPayloadType().getSimpleName()).toList();
    }

    @Test
    void a_referral_no_consent_covers_is_not_sent_and_the_refusal_is_recorded() {
        Api api = new Api(port);
        consentedCase(api, "dis-1");
        String blockedId = referral(api, "dis-1", "Westside Clinic");

        Api.Response refused = api.post("alice", "/api/cases/dis-1/referrals/" + blockedId + "/sending", "{}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("consent-required");
        assertThat(eventTypes("dis-1")).containsExactly("ClientEnrolled", "ConsentSigned", "ReferralCreated", "DisclosureRefused");
    }

    @Test
    void a_referral_goes_out_under_consent_and_its_loop_is_closed() {
        Api api = new Api(port);
        String consentId = consentedCase(api, "dis-3");
        String referral = "/api/cases/dis-3/referrals/" + referral(api, "dis-3", "Eastside Counselling");

        assertThat(api.post("alice", referral + "/sending", "{}").status()).isEqualTo(200);
        assertThat(api.post("alice", referral + "/acceptance", "{}").status()).isEqualTo(200);
        assertThat(api.post("alice", referral + "/appointment", "{\"appointmentAt\":\"2030-01-10T15:00:00Z\"}").status()).isEqualTo(200);
        assertThat(api.post("alice", referral + "/completion", "{\"outcome\":\"Weekly CBT started\"}").status()).isEqualTo(200);
        assertThat(api.post("alice", referral + "/loop-closure", "{}").status()).isEqualTo(200);

        List<Object> payloads = eventStore.readEvents("dis-3").asStream().map(e -> (Object) e.getPayload()).toList();
        assertThat(payloads).extracting(p -> p.getClass().getSimpleName()).containsExactly("ClientEnrolled", "ConsentSigned",
                "ReferralCreated", "ReferralSent", "ReferralAccepted", "ReferralAppointmentBooked", "ReferralCompleted", "ReferralLoopClosed");
        assertThat(payloads.get(3).toString()).contains("consentId=" + consentId);
        var referrals = api.get("alice", "/api/cases/dis-3").json().get("disclosures").get("referrals");
        assertThat(referrals.findValuesAsString("status")).containsExactly("CLOSED");
        assertThat(referrals.get(0).get("consentId").asString()).isEqualTo(consentId);
        assertThat(referrals.get(0).get("outcome").asString()).isEqualTo("Weekly CBT started");
    }

    @Test
    void a_referral_whose_loop_is_closed_takes_no_further_step() {
        Api api = new Api(port);
        consentedCase(api, "dis-4");
        String referral = "/api/cases/dis-4/referrals/" + referral(api, "dis-4", "Eastside Counselling");
        assertThat(api.post("alice", referral + "/sending", "{}").status()).isEqualTo(200);
        assertThat(api.post("alice", referral + "/acceptance", "{}").status()).isEqualTo(200);
        assertThat(api.post("alice", referral + "/completion", "{\"outcome\":\"Seen\"}").status()).isEqualTo(200);
        assertThat(api.post("alice", referral + "/loop-closure", "{}").status()).isEqualTo(200);

        Api.Response again = api.post("alice", referral + "/cancellation", "{\"reason\":\"late\"}");

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("code").asString()).isEqualTo("referral-step-not-allowed");
    }

    @Test
    void a_revoked_consent_covers_no_referral() {
        Api api = new Api(port);
        String consentId = consentedCase(api, "dis-2");
        assertThat(api.post("alice", "/api/cases/dis-2/consents/" + consentId + "/revocation", "{\"reason\":\"Client withdrew\"}").status()).isEqualTo(200);
        String referralId = referral(api, "dis-2", "Eastside Counselling");

        Api.Response refused = api.post("alice", "/api/cases/dis-2/referrals/" + referralId + "/sending", "{}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("consent-required");
        assertThat(api.get("alice", "/api/cases/dis-2").json().get("disclosures").get("consents").get(0).get("revoked").asBoolean()).isTrue();
    }

    @Test
    void a_step_of_an_unknown_referral_or_consent_is_404() {
        Api api = new Api(port);
        consentedCase(api, "dis-5");

        assertThat(api.post("alice", "/api/cases/dis-5/referrals/nope/acceptance", "{}").status()).isEqualTo(404);
        assertThat(api.post("alice", "/api/cases/dis-5/consents/nope/revocation", "{\"reason\":\"x\"}").status()).isEqualTo(404);
    }

    @Test
    void a_verbal_consent_without_a_witness_is_a_400_naming_the_witness() {
        Api api = new Api(port);
        consentedCase(api, "dis-6");

        Api.Response verbal = api.post("alice", "/api/cases/dis-6/consents", consentTo("X").replace("WRITTEN", "VERBAL"));

        assertThat(verbal.status()).isEqualTo(400);
        assertThat(verbal.json().get("field").asString()).isEqualTo("witnessedBy");
    }

    @Test
    void a_consent_without_a_purpose_is_a_400_naming_the_purposes() {
        Api api = new Api(port);
        consentedCase(api, "dis-7");

        Api.Response noPurpose = api.post("alice", "/api/cases/dis-7/consents", consentTo("X").replace("\"REFERRAL\",\"TREATMENT\"", ""));

        assertThat(noPurpose.status()).isEqualTo(400);
        assertThat(noPurpose.json().get("field").asString()).isEqualTo("purposes");
    }

    @Test
    void another_case_managers_case_takes_no_consent_from_them() {
        Api api = new Api(port);
        consentedCase(api, "dis-8");

        assertThat(api.post("bob", "/api/cases/dis-8/consents", consentTo("X")).status()).isEqualTo(404);
        assertThat(eventTypes("dis-8")).containsExactly("ClientEnrolled", "ConsentSigned");
    }
}
