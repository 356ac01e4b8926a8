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

    @Test
    void a_referral_goes_out_under_consent_and_its_loop_is_closed() {
        Api api = new Api(port);
        assertThat(api.post("alice", "/api/cases", Api.enrolment("dis-1", "Rosa", "Parks")).status()).isEqualTo(201);
        Api.Response consent = api.post("alice", "/api/cases/dis-1/consents", consentTo("Eastside Counselling"));
        assertThat(consent.status()).isEqualTo(201);
        String consentId = consent.json().get("consentId").asString();

        Api.Response elsewhere = api.post("alice", "/api/cases/dis-1/referrals", referralTo("Westside Clinic"));
        String blockedId = elsewhere.json().get("referralId").asString();
        Api.Response refused = api.post("alice", "/api/cases/dis-1/referrals/" + blockedId + "/sending", "{}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("consent-required");

        String referralId = api.post("alice", "/api/cases/dis-1/referrals", referralTo("Eastside Counselling")).json().get("referralId").asString();
        String referral = "/api/cases/dis-1/referrals/" + referralId;
        assertThat(api.post("alice", referral + "/sending", "{}").status()).isEqualTo(200);
        assertThat(api.post("alice", referral + "/acceptance", "{}").status()).isEqualTo(200);
        assertThat(api.post("alice", referral + "/appointment", "{\"appointmentAt\":\"2030-01-10T15:00:00Z\"}").status()).isEqualTo(200);
        assertThat(api.post("alice", referral + "/completion", "{\"outcome\":\"Weekly CBT started\"}").status()).isEqualTo(200);
        assertThat(api.post("alice", referral + "/loop-closure", "{}").status()).isEqualTo(200);
        Api.Response again = api.post("alice", referral + "/cancellation", "{\"reason\":\"late\"}");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("code").asString()).isEqualTo("referral-step-not-allowed");

        List<Object> payloads = eventStore.readEvents("dis-1").asStream().map(e -> (Object) e.getPayload()).toList();
        assertThat(payloads).extracting(p -> p.getClass().getSimpleName()).containsExactly("ClientEnrolled", "ConsentSigned",
                "ReferralCreated", "DisclosureRefused", "ReferralCreated", "ReferralSent", "ReferralAccepted", "ReferralAppointmentBooked",
                "ReferralCompleted", "ReferralLoopClosed");
        assertThat(payloads.get(5).toString()).contains("consentId=" + consentId);

        var referrals = api.get("alice", "/api/cases/dis-1").json().get("disclosures").get("referrals");
        assertThat(referrals.findValuesAsString("status")).containsExactly("CREATED", "CLOSED");
        assertThat(referrals.get(1).get("consentId").asString()).isEqualTo(consentId);
        assertThat(referrals.get(1).get("outcome").asString()).isEqualTo("Weekly CBT started");
    }

    @Test
    void revoked_consents_unknown_referrals_and_bad_consents_are_refused_clearly() {
        Api api = new Api(port);
        api.post("alice", "/api/cases", Api.enrolment("dis-2", "Ida", "Wells"));
        String consentId = api.post("alice", "/api/cases/dis-2/consents", consentTo("Eastside Counselling")).json().get("consentId").asString();
        assertThat(api.post("alice", "/api/cases/dis-2/consents/" + consentId + "/revocation", "{\"reason\":\"Client withdrew\"}").status()).isEqualTo(200);
        String referralId = api.post("alice", "/api/cases/dis-2/referrals", referralTo("Eastside Counselling")).json().get("referralId").asString();
        assertThat(api.post("alice", "/api/cases/dis-2/referrals/" + referralId + "/sending", "{}").status()).isEqualTo(422);
        assertThat(api.get("alice", "/api/cases/dis-2").json().get("disclosures").get("consents").get(0).get("revoked").asBoolean()).isTrue();

        assertThat(api.post("alice", "/api/cases/dis-2/referrals/nope/acceptance", "{}").status()).isEqualTo(404);
        assertThat(api.post("alice", "/api/cases/dis-2/consents/nope/revocation", "{\"reason\":\"x\"}").status()).isEqualTo(404);
        Api.Response verbal = api.post("alice", "/api/cases/dis-2/consents", consentTo("X").replace("WRITTEN", "VERBAL"));
        assertThat(verbal.status()).isEqualTo(400);
        assertThat(verbal.json().get("field").asString()).isEqualTo("witnessedBy");
        Api.Response noPurpose = api.post("alice", "/api/cases/dis-2/consents", consentTo("X").replace("\"REFERRAL\",\"TREATMENT\"", ""));
        assertThat(noPurpose.json().get("field").asString()).isEqualTo("purposes");
        assertThat(api.post("bob", "/api/cases/dis-2/consents", consentTo("X")).status()).isEqualTo(404);
    }
}
