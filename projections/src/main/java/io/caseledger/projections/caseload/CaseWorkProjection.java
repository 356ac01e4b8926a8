package io.caseledger.projections.caseload;

import io.caseledger.projections.storage.VersionGuard;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import io.caseledger.domain.appointment.*;
import io.caseledger.domain.assessment.*;
import io.caseledger.domain.consent.ConsentRevoked;
import io.caseledger.domain.consent.ConsentSigned;
import io.caseledger.domain.contact.ContactOutcome;
import io.caseledger.domain.contact.ContactRecorded;
import io.caseledger.domain.intake.EligibilityDetermined;
import io.caseledger.domain.enrolment.ClientEnrolled;
import io.caseledger.domain.referral.*;
import io.caseledger.domain.task.FollowUpTaskCompleted;
import io.caseledger.domain.task.FollowUpTaskCreated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import static io.caseledger.projections.caseload.CaseloadRow.*;

/**
 * The work side of a caseload row: what is due and what happened last (contacts, appointments,
 * tasks, scores, consents, referrals, needs domains). It stores facts and due dates only; alerts are
 * computed from them and the clock when asked, so an alert whose date passed shows without a new event.
 * Its writes are guarded by their own version field, apart from the row's identity fields.
 */
@Component
@ProcessingGroup(CaseloadProjection.PROCESSING_GROUP)
public class CaseWorkProjection {

    private final MongoCollection<Document> rows;
    private final CaseloadUpdates updates;

    public CaseWorkProjection(MongoDatabase database, CaseloadUpdates updates) {
        this.rows = database.getCollection(COLLECTION);
        this.updates = updates;
    }

    /** Map keys cannot contain dots; ids may. */
    static String key(String id) {
        return id.replace('.', '_');
    }

    private void work(String caseId, long sequence, Bson change) {
        CaseloadRow.ensure(rows, caseId);
        VersionGuard.apply(rows, caseId, WORK_VERSION, sequence, change);
        updates.changed(caseId);
    }

    @EventHandler
    void on(EligibilityDetermined e, @SequenceNumber long seq) {
        if (e.eligible()) {
            work(e.caseId(), seq, Updates.set(CLOCK_START, e.determinedOn().toString()));
        }
    }

    /** A walk-in's 30-day assessment clock starts at enrolment; a referred client's at eligibility (kept if set). */
    @EventHandler
    public void on(ClientEnrolled e, @SequenceNumber long seq) {
        CaseloadRow.ensure(rows, e.caseId());
        // Read, then write by _id: a filter on _id and another field scans on the embedded server (see VersionGuard).
        Document clock = rows.find(Filters.eq(CASE_ID, e.caseId())).projection(Projections.include(CLOCK_START)).first();
        if (clock != null && !clock.containsKey(CLOCK_START)) {
            rows.updateOne(Filters.eq(CASE_ID, e.caseId()), Updates.set(CLOCK_START, e.enrolledOn().toString()));
        }
        work(e.caseId(), seq, Updates.set(ENROLLED_SINCE, e.enrolledOn().toString()));
    }

    @EventHandler
    void on(ContactRecorded e, @SequenceNumber long seq) {
        if (e.outcome() == ContactOutcome.SUCCESSFUL) {
            work(e.caseId(), seq, Updates.max(LAST_CONTACT, Date.from(e.occurredAt())));
        }
    }

    @EventHandler
    public void on(AppointmentScheduled e, @SequenceNumber long seq) {
        work(e.caseId(), seq, Updates.set(APPOINTMENTS + "." + key(e.appointmentId()),
                new Document("appointmentId", e.appointmentId()).append("at", Date.from(e.at())).append("status", "SCHEDULED")));
    }

    @EventHandler
    void on(AppointmentRescheduled e, @SequenceNumber long seq) {
        work(e.caseId(), seq, Updates.set(APPOINTMENTS + "." + key(e.appointmentId()) + ".at", Date.from(e.at())));
    }

    @EventHandler void on(AppointmentCancelled e, @SequenceNumber long seq) { appointment(e.caseId(), e.appointmentId(), "CANCELLED", seq); }
    @EventHandler void on(AppointmentKept e, @SequenceNumber long seq) { appointment(e.caseId(), e.appointmentId(), "KEPT", seq); }
    @EventHandler public void on(AppointmentMissed e, @SequenceNumber long seq) { appointment(e.caseId(), e.appointmentId(), "MISSED", seq); }

    private void appointment(String caseId, String appointmentId, String status, long seq) {
        work(caseId, seq, Updates.set(APPOINTMENTS + "." + key(appointmentId) + ".status", status));
    }

    @EventHandler
    public void on(FollowUpTaskCreated e, @SequenceNumber long seq) {
        work(e.caseId(), seq, Updates.set(TASKS + "." + key(e.taskId()), new Document("taskId", e.taskId()).append("reason", e.reason().name())
                .append("dueOn", e.dueOn().toString()).append("appointmentId", e.appointmentId()).append("done", false)));
    }

    @EventHandler
    void on(FollowUpTaskCompleted e, @SequenceNumber long seq) {
        work(e.caseId(), seq, Updates.set(TASKS + "." + key(e.taskId()) + ".done", true));
    }

    @EventHandler
    void on(AssessmentScored e, @SequenceNumber long seq) {
        String instrument = e.instrument().name();
        work(e.caseId(), seq, Updates.combine(
                Updates.set(SCORES + "." + instrument + ".latest", e.total()),
                Updates.set(SCORES + "." + instrument + ".latestOn", e.administeredOn().toString()),
                Updates.push(SCORES + "." + instrument + ".series", e.total())));
    }

    /** A flag's alert says since when: the day the flag was recorded, which a rebuild reproduces from the event's timestamp. */
    @EventHandler
    void on(SafetyConcernFlagged e, @SequenceNumber long seq, @Timestamp Instant at) {
        work(e.caseId(), seq, Updates.combine(Updates.set(SAFETY_OPEN, true), Updates.set(SAFETY_SINCE, day(at))));
    }

    @EventHandler
    void on(SafetyConcernResolved e, @SequenceNumber long seq) {
        work(e.caseId(), seq, Updates.combine(Updates.set(SAFETY_OPEN, false), Updates.unset(SAFETY_SINCE)));
    }

    @EventHandler
    void on(NotImprovingDetected e, @SequenceNumber long seq, @Timestamp Instant at) {
        work(e.caseId(), seq, Updates.combine(Updates.set(NOT_IMPROVING, true), Updates.set(NOT_IMPROVING_SINCE, day(at))));
    }

    @EventHandler
    void on(TreatmentResponseAchieved e, @SequenceNumber long seq) {
        work(e.caseId(), seq, Updates.combine(Updates.set(NOT_IMPROVING, false), Updates.unset(NOT_IMPROVING_SINCE)));
    }

    private static String day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    }

    @EventHandler
    void on(NeedsAssessmentDomainCompleted e, @SequenceNumber long seq) {
        work(e.caseId(), seq, Updates.addToSet(NEEDS_DOMAINS, e.domain().name()));
    }

    @EventHandler
    void on(ConsentSigned e, @SequenceNumber long seq) {
        work(e.caseId(), seq, Updates.set(CONSENTS + "." + key(e.consentId()),
                new Document("effectiveOn", e.effectiveOn().toString()).append("expiresOn", e.expiresOn().toString()).append("revoked", false)));
    }

    @EventHandler
    void on(ConsentRevoked e, @SequenceNumber long seq) {
        work(e.caseId(), seq, Updates.set(CONSENTS + "." + key(e.consentId()) + ".revoked", true));
    }

    @EventHandler
    void on(ReferralCreated e, @SequenceNumber long seq) {
        work(e.caseId(), seq, Updates.set(REFERRALS + "." + key(e.referralId()),
                new Document("dueBy", e.dueBy().toString()).append("open", true)));
    }

    @EventHandler void on(ReferralCompleted e, @SequenceNumber long seq) { referralDone(e.caseId(), e.referralId(), seq); }
    @EventHandler void on(ReferralDeclined e, @SequenceNumber long seq) { referralDone(e.caseId(), e.referralId(), seq); }
    @EventHandler void on(ReferralCancelled e, @SequenceNumber long seq) { referralDone(e.caseId(), e.referralId(), seq); }

    private void referralDone(String caseId, String referralId, long seq) {
        work(caseId, seq, Updates.set(REFERRALS + "." + key(referralId) + ".open", false));
    }
}
