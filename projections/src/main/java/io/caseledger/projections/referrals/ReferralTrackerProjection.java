package io.caseledger.projections.referrals;

import io.caseledger.projections.Projection;
import io.caseledger.domain.referral.AuthorizationStatus;
import io.caseledger.projections.storage.BatchedCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import io.caseledger.domain.erasure.PersonalDataErased;
import io.caseledger.domain.referral.*;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;
import java.util.function.Consumer;

/**
 * The referral tracker: one document per referral, keyed by case and referral id. It keeps status,
 * type, urgency, recipient, resource and dates, never the clinical reason. {@code closedAt} is the
 * timestamp of the event that ended the referral (completed, declined, cancelled), so a rebuild
 * reproduces it. Writes after the first are guarded by the case's sequence number.
 */
@Component
@Projection
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

    private final BatchedCollection referrals;

    public ReferralTrackerProjection(MongoDatabase database) {
        this.referrals = BatchedCollection.of(database.getCollection(COLLECTION), VERSION);
        // For MongoDB's planner (the embedded server ignores it): an erasure selects a case's referrals.
        referrals.collection().createIndex(Indexes.ascending(CASE_ID, DUE_BY));
    }

    public static String id(String caseId, String referralId) {
        return caseId + "/" + referralId;
    }

    @EventHandler
    public void on(ReferralCreated e, @SequenceNumber long seq) {
        referrals.apply(id(e.caseId(), e.referralId()), seq, doc -> doc
                .append(CASE_ID, e.caseId())
                .append(REFERRAL_ID, e.referralId())
                .append(STATUS, ReferralStatus.CREATED.name())
                .append(TYPE, e.type().name())
                .append(URGENCY, e.urgency().name())
                .append(RECIPIENT, new Document("organisation", e.recipient().organisation())
                        .append("category", e.recipient().category() == null ? null : e.recipient().category().name()))
                .append(RESOURCE_ID, e.resourceId())
                .append(DUE_BY, e.dueBy().toString()));
    }

    @EventHandler
    public void on(ReferralSent e, @SequenceNumber long seq) {
        status(e, e.caseId(), e.referralId(), seq, doc -> doc.put(SENT_ON, e.sentOn().toString()));
    }

    @EventHandler
    public void on(ReferralAppointmentBooked e, @SequenceNumber long seq) {
        status(e, e.caseId(), e.referralId(), seq, doc -> doc.put(APPOINTMENT_AT, Date.from(e.appointmentAt())));
    }

    @EventHandler public void on(ReferralAcknowledged e, @SequenceNumber long seq) { status(e, e.caseId(), e.referralId(), seq); }
    @EventHandler public void on(ReferralAccepted e, @SequenceNumber long seq) { status(e, e.caseId(), e.referralId(), seq); }
    @EventHandler public void on(ReferralLoopClosed e, @SequenceNumber long seq) { status(e, e.caseId(), e.referralId(), seq); }

    @EventHandler
    public void on(ReferralCompleted e, @SequenceNumber long seq, @Timestamp Instant at) {
        status(e, e.caseId(), e.referralId(), seq, doc -> doc.put(CLOSED_AT, Date.from(at)));
    }

    @EventHandler
    public void on(ReferralDeclined e, @SequenceNumber long seq, @Timestamp Instant at) {
        status(e, e.caseId(), e.referralId(), seq, doc -> doc.put(CLOSED_AT, Date.from(at)));
    }

    @EventHandler
    public void on(ReferralCancelled e, @SequenceNumber long seq, @Timestamp Instant at) {
        status(e, e.caseId(), e.referralId(), seq, doc -> doc.put(CLOSED_AT, Date.from(at)));
    }

    @EventHandler public void on(PriorAuthorizationRequested e, @SequenceNumber long seq) { priorAuthorization(e, e.caseId(), e.referralId(), seq); }
    @EventHandler public void on(PriorAuthorizationApproved e, @SequenceNumber long seq) { priorAuthorization(e, e.caseId(), e.referralId(), seq); }
    @EventHandler public void on(PriorAuthorizationDenied e, @SequenceNumber long seq) { priorAuthorization(e, e.caseId(), e.referralId(), seq); }

    /** The recipient's name was personal data: it reads as erased now, as it will in any rebuild from the events. */
    @EventHandler
    public void on(PersonalDataErased e, @SequenceNumber long seq) {
        referrals.applyToEach(Filters.eq(CASE_ID, e.caseId()), doc -> e.caseId().equals(doc.getString(CASE_ID)), seq, doc -> {
            Document recipient = doc.get(RECIPIENT, Document.class);
            if (recipient != null && recipient.getString("organisation") != null) {
                recipient.put("organisation", PersonalData.ERASED);
            }
        });
    }

    @ResetHandler
    public void reset() {
        referrals.collection().deleteMany(new Document());
    }

    private void priorAuthorization(Object event, String caseId, String referralId, long seq) {
        String state = AuthorizationStatus.after(event).orElseThrow().name();
        referrals.applyIfPresent(id(caseId, referralId), seq, doc -> doc.put(PRIOR_AUTHORIZATION, state));
    }

    private void status(Object event, String caseId, String referralId, long seq) {
        status(event, caseId, referralId, seq, doc -> { });
    }

    /** The status the event leaves the referral in, by the domain's one mapping. */
    private void status(Object event, String caseId, String referralId, long seq, Consumer<Document> more) {
        ReferralStatus status = ReferralStatus.after(event).orElseThrow();
        referrals.applyIfPresent(id(caseId, referralId), seq, doc -> {
            doc.put(STATUS, status.name());
            more.accept(doc);
        });
    }
}
