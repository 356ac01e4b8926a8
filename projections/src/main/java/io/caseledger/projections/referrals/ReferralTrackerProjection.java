package io.caseledger.projections.referrals;

import io.caseledger.projections.storage.VersionGuard;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.caseledger.domain.erasure.PersonalDataErased;
import io.caseledger.domain.referral.*;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;

/**
 * The referral tracker: one document per referral, keyed by case and referral id. It keeps status,
 * type, urgency, recipient, resource and dates, never the clinical reason. {@code closedAt} is the
 * timestamp of the event that ended the referral (completed, declined, cancelled), so a rebuild
 * reproduces it. Writes after the first are guarded by the case's sequence number.
 */
@Component
@ProcessingGroup(ReferralTrackerProjection.PROCESSING_GROUP)
public class ReferralTrackerProjection {

    public static final String PROCESSING_GROUP = "referrals";
    public static final String COLLECTION = "referrals";
    public static final String CASE_ID = "caseId";
    public static final String REFERRAL_ID = "referralId";
    public static final String STATUS = "status";
    public static final String TYPE = "type";
    public static final String URGENCY = "urgency";
    public static final String RECIPIENT = "recipient";
    public static final String RESOURCE_ID = "resourceId";
    public static final String DUE_BY = "dueBy";
    public static final String SENT_ON = "sentOn";
    public static final String APPOINTMENT_AT = "appointmentAt";
    public static final String PRIOR_AUTHORIZATION = "priorAuthorization";
    public static final String CLOSED_AT = "closedAt";
    public static final String VERSION = "version";

    private final MongoCollection<Document> referrals;

    public ReferralTrackerProjection(MongoDatabase database) {
        this.referrals = database.getCollection(COLLECTION);
        referrals.createIndex(Indexes.ascending(CASE_ID, DUE_BY));
    }

    public static String id(String caseId, String referralId) {
        return caseId + "/" + referralId;
    }

    @EventHandler
    public void on(ReferralCreated e, @SequenceNumber long seq) {
        referrals.updateOne(Filters.eq("_id", id(e.caseId(), e.referralId())), Updates.combine(
                Updates.setOnInsert(CASE_ID, e.caseId()),
                Updates.setOnInsert(REFERRAL_ID, e.referralId()),
                Updates.setOnInsert(STATUS, ReferralStatus.CREATED.name()),
                Updates.setOnInsert(TYPE, e.type().name()),
                Updates.setOnInsert(URGENCY, e.urgency().name()),
                Updates.setOnInsert(RECIPIENT, new Document("organisation", e.recipient().organisation())
                        .append("category", e.recipient().category() == null ? null : e.recipient().category().name())),
                Updates.setOnInsert(RESOURCE_ID, e.resourceId()),
                Updates.setOnInsert(DUE_BY, e.dueBy().toString()),
                Updates.setOnInsert(VERSION, seq)), new UpdateOptions().upsert(true));
    }

    @EventHandler
    public void on(ReferralSent e, @SequenceNumber long seq) {
        status(e.caseId(), e.referralId(), ReferralStatus.SENT, seq, Updates.set(SENT_ON, e.sentOn().toString()));
    }

    @EventHandler
    public void on(ReferralAppointmentBooked e, @SequenceNumber long seq) {
        status(e.caseId(), e.referralId(), ReferralStatus.APPOINTMENT_BOOKED, seq, Updates.set(APPOINTMENT_AT, Date.from(e.appointmentAt())));
    }

    @EventHandler public void on(ReferralAcknowledged e, @SequenceNumber long seq) { status(e.caseId(), e.referralId(), ReferralStatus.ACKNOWLEDGED, seq); }
    @EventHandler public void on(ReferralAccepted e, @SequenceNumber long seq) { status(e.caseId(), e.referralId(), ReferralStatus.ACCEPTED, seq); }
    @EventHandler public void on(ReferralLoopClosed e, @SequenceNumber long seq) { status(e.caseId(), e.referralId(), ReferralStatus.CLOSED, seq); }

    @EventHandler
    public void on(ReferralCompleted e, @SequenceNumber long seq, @Timestamp Instant at) {
        status(e.caseId(), e.referralId(), ReferralStatus.COMPLETED, seq, Updates.set(CLOSED_AT, Date.from(at)));
    }

    @EventHandler
    public void on(ReferralDeclined e, @SequenceNumber long seq, @Timestamp Instant at) {
        status(e.caseId(), e.referralId(), ReferralStatus.DECLINED, seq, Updates.set(CLOSED_AT, Date.from(at)));
    }

    @EventHandler
    public void on(ReferralCancelled e, @SequenceNumber long seq, @Timestamp Instant at) {
        status(e.caseId(), e.referralId(), ReferralStatus.CANCELLED, seq, Updates.set(CLOSED_AT, Date.from(at)));
    }

    @EventHandler public void on(PriorAuthorizationRequested e, @SequenceNumber long seq) { priorAuthorization(e.caseId(), e.referralId(), "REQUESTED", seq); }
    @EventHandler public void on(PriorAuthorizationApproved e, @SequenceNumber long seq) { priorAuthorization(e.caseId(), e.referralId(), "APPROVED", seq); }
    @EventHandler public void on(PriorAuthorizationDenied e, @SequenceNumber long seq) { priorAuthorization(e.caseId(), e.referralId(), "DENIED", seq); }

    /** The recipient's name was personal data: it reads as erased now, as it will in any rebuild from the events. */
    @EventHandler
    public void on(PersonalDataErased e) {
        String organisation = RECIPIENT + ".organisation";
        referrals.updateMany(Filters.and(Filters.eq(CASE_ID, e.caseId()), Filters.ne(organisation, null)),
                Updates.set(organisation, PersonalData.ERASED));
    }

    @ResetHandler
    public void reset() {
        referrals.deleteMany(new Document());
    }

    private void priorAuthorization(String caseId, String referralId, String state, long seq) {
        guarded(caseId, referralId, seq, Updates.set(PRIOR_AUTHORIZATION, state));
    }

    private void status(String caseId, String referralId, ReferralStatus status, long seq, Bson... more) {
        guarded(caseId, referralId, seq, Updates.combine(Updates.set(STATUS, status.name()), Updates.combine(more)));
    }

    private void guarded(String caseId, String referralId, long seq, Bson change) {
        VersionGuard.apply(referrals, id(caseId, referralId), VERSION, seq, change);
    }
}
