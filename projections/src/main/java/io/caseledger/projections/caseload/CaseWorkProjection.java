package io.caseledger.projections.caseload;

import io.caseledger.projections.Projection;
import io.caseledger.projections.storage.Embedded;
import io.caseledger.domain.appointment.AppointmentStatus;
import io.caseledger.domain.appointment.*;
import io.caseledger.domain.assessment.*;
import io.caseledger.domain.consent.ConsentRevoked;
import io.caseledger.domain.consent.ConsentSigned;
import io.caseledger.domain.contact.ContactOutcome;
import io.caseledger.domain.contact.ContactRecorded;
import io.caseledger.domain.enrolment.ClientEnrolled;
import io.caseledger.domain.intake.EligibilityDetermined;
import io.caseledger.domain.referral.*;
import io.caseledger.domain.task.FollowUpTaskCompleted;
import io.caseledger.domain.task.FollowUpTaskCreated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import static io.caseledger.projections.caseload.CaseloadRow.*;
import static io.caseledger.projections.storage.Embedded.key;

/**
 * The work side of a caseload row: what is due and what happened last (contacts, appointments,
 * tasks, scores, consents, referrals, needs domains). It stores facts and due dates only; alerts are
 * computed from them and the clock when asked, so an alert whose date passed shows without a new event.
 */
@Component
@Projection
@ProcessingGroup(CaseloadProjection.PROCESSING_GROUP)
public class CaseWorkProjection {

    private final CaseloadRows rows;

    public CaseWorkProjection(CaseloadRows rows) {
        this.rows = rows;
    }

    private void work(String caseId, long sequence, Consumer<Document> change) {
        rows.apply(caseId, sequence, change);
    }

    @EventHandler
    void on(EligibilityDetermined e, @SequenceNumber long seq) {
        if (e.eligible()) {
            work(e.caseId(), seq, row -> row.put(CLOCK_START, e.determinedOn().toString()));
        }
    }

    /** A walk-in's 30-day assessment clock starts at enrolment; a referred client's at eligibility (kept if set). */
    @EventHandler
    public void on(ClientEnrolled e, @SequenceNumber long seq) {
        work(e.caseId(), seq, row -> {
            row.putIfAbsent(CLOCK_START, e.enrolledOn().toString());
            row.put(ENROLLED_SINCE, e.enrolledOn().toString());
        });
    }

    @EventHandler
    void on(ContactRecorded e, @SequenceNumber long seq) {
        if (e.outcome() == ContactOutcome.SUCCESSFUL) {
            work(e.caseId(), seq, row -> {
                Date at = Date.from(e.occurredAt());
                if (!(row.get(LAST_CONTACT) instanceof Date last) || last.before(at)) {
                    row.put(LAST_CONTACT, at);
                }
            });
        }
    }

    @EventHandler
    public void on(AppointmentScheduled e, @SequenceNumber long seq) {
        work(e.caseId(), seq, row -> Embedded.document(row, APPOINTMENTS).put(key(e.appointmentId()),
                new Document(Appointment.ID, e.appointmentId()).append(Appointment.AT, Date.from(e.at())).append(Appointment.STATUS, AppointmentStatus.SCHEDULED.name())));
    }

    @EventHandler
    void on(AppointmentRescheduled e, @SequenceNumber long seq) {
        work(e.caseId(), seq, row -> Embedded.document(Embedded.document(row, APPOINTMENTS), key(e.appointmentId())).put(Appointment.AT, Date.from(e.at())));
    }

    @EventHandler void on(AppointmentCancelled e, @SequenceNumber long seq) { appointment(e, e.caseId(), e.appointmentId(), seq); }
    @EventHandler void on(AppointmentKept e, @SequenceNumber long seq) { appointment(e, e.caseId(), e.appointmentId(), seq); }
    @EventHandler public void on(AppointmentMissed e, @SequenceNumber long seq) { appointment(e, e.caseId(), e.appointmentId(), seq); }

    private void appointment(Object event, String caseId, String appointmentId, long seq) {
        String status = AppointmentStatus.after(event).orElseThrow().name();
        work(caseId, seq, row -> Embedded.document(Embedded.document(row, APPOINTMENTS), key(appointmentId)).put(Appointment.STATUS, status));
    }

    @EventHandler
    public void on(FollowUpTaskCreated e, @SequenceNumber long seq) {
        work(e.caseId(), seq, row -> Embedded.document(row, TASKS).put(key(e.taskId()), new Document(Task.ID, e.taskId()).append(Task.REASON, e.reason().name())
                .append(Task.DUE_ON, e.dueOn().toString()).append(Task.APPOINTMENT_ID, e.appointmentId()).append(Task.DONE, false)));
    }

    @EventHandler
    void on(FollowUpTaskCompleted e, @SequenceNumber long seq) {
        work(e.caseId(), seq, row -> Embedded.document(Embedded.document(row, TASKS), key(e.taskId())).put(Task.DONE, true));
    }

    @EventHandler
    void on(AssessmentScored e, @SequenceNumber long seq) {
        work(e.caseId(), seq, row -> {
            Document scores = Embedded.document(Embedded.document(row, SCORES), e.instrument().name());
            scores.put(Score.LATEST, e.total());
            scores.put(Score.LATEST_ON, e.administeredOn().toString());
            List<Integer> series = new ArrayList<>(scores.getList(Score.SERIES, Integer.class, List.of()));
            series.add(e.total());
            scores.put(Score.SERIES, series);
        });
    }

    /** A flag's alert says since when: the day the flag was recorded, which a rebuild reproduces from the event's timestamp. */
    @EventHandler
    void on(SafetyConcernFlagged e, @SequenceNumber long seq, @Timestamp Instant at) {
        work(e.caseId(), seq, row -> row.append(SAFETY_OPEN, true).append(SAFETY_SINCE, day(at)));
    }

    @EventHandler
    void on(SafetyConcernResolved e, @SequenceNumber long seq) {
        work(e.caseId(), seq, row -> {
            row.put(SAFETY_OPEN, false);
            row.remove(SAFETY_SINCE);
        });
    }

    @EventHandler
    void on(NotImprovingDetected e, @SequenceNumber long seq, @Timestamp Instant at) {
        work(e.caseId(), seq, row -> row.append(NOT_IMPROVING, true).append(NOT_IMPROVING_SINCE, day(at)));
    }

    @EventHandler
    void on(TreatmentResponseAchieved e, @SequenceNumber long seq) {
        work(e.caseId(), seq, row -> {
            row.put(NOT_IMPROVING, false);
            row.remove(NOT_IMPROVING_SINCE);
        });
    }

    private static String day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    }

    @EventHandler
    void on(NeedsAssessmentDomainCompleted e, @SequenceNumber long seq) {
        work(e.caseId(), seq, row -> {
            List<String> done = new ArrayList<>(row.getList(NEEDS_DOMAINS, String.class, List.of()));
            if (!done.contains(e.domain().name())) {
                done.add(e.domain().name());
            }
            row.put(NEEDS_DOMAINS, done);
        });
    }

    @EventHandler
    void on(ConsentSigned e, @SequenceNumber long seq) {
        work(e.caseId(), seq, row -> Embedded.document(row, CONSENTS).put(key(e.consentId()),
                new Document(Consent.EFFECTIVE_ON, e.effectiveOn().toString()).append(Consent.EXPIRES_ON, e.expiresOn().toString()).append(Consent.REVOKED, false)));
    }

    @EventHandler
    void on(ConsentRevoked e, @SequenceNumber long seq) {
        work(e.caseId(), seq, row -> Embedded.document(Embedded.document(row, CONSENTS), key(e.consentId())).put(Consent.REVOKED, true));
    }

    @EventHandler
    void on(ReferralCreated e, @SequenceNumber long seq) {
        work(e.caseId(), seq, row -> Embedded.document(row, REFERRALS).put(key(e.referralId()),
                new Document(Referral.ID, e.referralId()).append(Referral.DUE_BY, e.dueBy().toString()).append(Referral.OPEN, true)));
    }

    @EventHandler void on(ReferralCompleted e, @SequenceNumber long seq) { referralDone(e.caseId(), e.referralId(), seq); }
    @EventHandler void on(ReferralDeclined e, @SequenceNumber long seq) { referralDone(e.caseId(), e.referralId(), seq); }
    @EventHandler void on(ReferralCancelled e, @SequenceNumber long seq) { referralDone(e.caseId(), e.referralId(), seq); }

    private void referralDone(String caseId, String referralId, long seq) {
        work(caseId, seq, row -> Embedded.document(Embedded.document(row, REFERRALS), key(referralId)).put(Referral.OPEN, false));
    }
}
