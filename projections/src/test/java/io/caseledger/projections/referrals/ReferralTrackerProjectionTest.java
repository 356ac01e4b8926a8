package io.caseledger.projections.referrals;

import com.mongodb.client.MongoCollection;
import io.caseledger.projections.InMemoryMongo;
import io.caseledger.domain.consent.Recipient;
import io.caseledger.domain.consent.RecipientCategory;
import io.caseledger.domain.referral.*;
import io.caseledger.domain.erasure.ErasureBasis;
import io.caseledger.domain.erasure.PersonalDataErased;
import io.caseledger.domain.shared.PersonalData;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static io.caseledger.projections.referrals.ReferralTrackerProjection.*;
import static org.assertj.core.api.Assertions.assertThat;

/** A referral's path through its state machine as the tracker stores it, including re-delivery. */
class ReferralTrackerProjectionTest {

    private static final Instant COMPLETED_AT = Instant.parse("2026-11-10T14:00:00Z");

    private final InMemoryMongo mongo = new InMemoryMongo();
    private ReferralTrackerProjection projection;
    private MongoCollection<Document> referrals;

    @BeforeEach
    void start() {
        var database = mongo.database();
        projection = new ReferralTrackerProjection(database);
        referrals = database.getCollection(COLLECTION);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private static ReferralCreated created(String referralId) {
        return new ReferralCreated("c1", referralId, ReferralType.BEHAVIOURAL_HEALTH,
                new Recipient("Eastside Counselling", RecipientCategory.BEHAVIOURAL_HEALTH), "res-1", "Low mood since loss",
                Urgency.URGENT, LocalDate.of(2026, 11, 20));
    }

    private Document doc(String referralId) {
        return referrals.find(new Document("_id", id("c1", referralId))).first();
    }

    @Test
    void a_referral_closes_its_loop_and_keeps_when_it_stopped_being_open() {
        projection.on(created("r.1"), 1);
        projection.on(new ReferralSent("c1", "r.1", "consent-1", LocalDate.of(2026, 11, 2)), 2);
        projection.on(new PriorAuthorizationRequested("c1", "r.1", "Medicaid"), 3);
        projection.on(new PriorAuthorizationApproved("c1", "r.1", "PA-1", LocalDate.of(2027, 1, 1)), 4);
        projection.on(new ReferralAccepted("c1", "r.1"), 5);
        projection.on(new ReferralCompleted("c1", "r.1", "8 sessions"), 6, COMPLETED_AT);
        projection.on(new ReferralLoopClosed("c1", "r.1", "documented"), 7);

        Document r = doc("r.1");
        assertThat(r.getString(STATUS)).isEqualTo("CLOSED");
        assertThat(r.getString(CASE_ID)).isEqualTo("c1");
        assertThat(r.getString(REFERRAL_ID)).isEqualTo("r.1");
        assertThat(r.getString(TYPE)).isEqualTo("BEHAVIOURAL_HEALTH");
        assertThat(r.getString(URGENCY)).isEqualTo("URGENT");
        assertThat(r.get(RECIPIENT, Document.class).getString("organisation")).isEqualTo("Eastside Counselling");
        assertThat(r.get(RECIPIENT, Document.class).getString("category")).isEqualTo("BEHAVIOURAL_HEALTH");
        assertThat(r.getString(RESOURCE_ID)).isEqualTo("res-1");
        assertThat(r.getString(DUE_BY)).isEqualTo("2026-11-20");
        assertThat(r.getString(SENT_ON)).isEqualTo("2026-11-02");
        assertThat(r.getString(PRIOR_AUTHORIZATION)).isEqualTo("APPROVED");
        assertThat(r.getDate(CLOSED_AT).toInstant()).isEqualTo(COMPLETED_AT);
        assertThat(r.values()).as("the clinical reason is not kept").doesNotContain("Low mood since loss");
    }

    @Test
    void re_delivered_events_change_nothing() {
        projection.on(created("r1"), 1);
        projection.on(new ReferralSent("c1", "r1", "consent-1", LocalDate.of(2026, 11, 2)), 2);
        projection.on(new ReferralCancelled("c1", "r1", "client moved"), 3, COMPLETED_AT);
        projection.on(created("r1"), 1);
        projection.on(new ReferralSent("c1", "r1", "consent-1", LocalDate.of(2026, 11, 2)), 2);

        assertThat(referrals.countDocuments()).isEqualTo(1);
        assertThat(doc("r1").getString(STATUS)).isEqualTo("CANCELLED");
        assertThat(doc("r1").getLong(VERSION)).isEqualTo(3);
    }

    @Test
    void declined_is_closed_at_its_timestamp_and_reset_clears_the_tracker() {
        projection.on(created("r1"), 1);
        projection.on(new ReferralSent("c1", "r1", "consent-1", LocalDate.of(2026, 11, 2)), 2);
        projection.on(new ReferralDeclined("c1", "r1", "no capacity"), 3, COMPLETED_AT);
        assertThat(doc("r1").getString(STATUS)).isEqualTo("DECLINED");
        assertThat(doc("r1").getDate(CLOSED_AT).toInstant()).isEqualTo(COMPLETED_AT);

        projection.reset();
        assertThat(referrals.countDocuments()).isZero();
    }

    @Test
    void erasure_leaves_the_recipient_organisation_erased_as_a_rebuild_would_read_it() {
        projection.on(created("r1"), 1);
        projection.on(new ReferralCreated("c1", "r2", ReferralType.BEHAVIOURAL_HEALTH, new Recipient(null, RecipientCategory.BEHAVIOURAL_HEALTH),
                null, "x", Urgency.ROUTINE, LocalDate.of(2026, 11, 20)), 2);
        projection.on(new PersonalDataErased("c1", ErasureBasis.RETENTION_PERIOD_ENDED, "RR-1", LocalDate.of(2034, 1, 1)), 3);

        assertThat(doc("r1").get(RECIPIENT, Document.class).getString("organisation")).isEqualTo(PersonalData.ERASED);
        assertThat(doc("r2").get(RECIPIENT, Document.class).getString("organisation")).as("nothing was there to erase").isNull();
        assertThat(doc("r1").getString(STATUS)).isEqualTo("CREATED");
    }
}
