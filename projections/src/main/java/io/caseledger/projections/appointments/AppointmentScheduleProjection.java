package io.caseledger.projections.appointments;

import io.caseledger.projections.Projection;
import io.caseledger.domain.appointment.AppointmentStatus;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.caseledger.projections.storage.BatchedCollection;
import com.mongodb.client.model.Indexes;
import io.caseledger.domain.appointment.*;
import io.caseledger.domain.erasure.PersonalDataErased;
import io.caseledger.domain.shared.PersonalData;
import io.caseledger.domain.task.FollowUpTaskCompleted;
import io.caseledger.domain.task.FollowUpTaskCreated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Date;
import java.util.function.Consumer;

/**
 * The appointment schedule: one document per appointment, keyed by case and appointment id, with the
 * follow-up task that names it (a missed appointment's). The purpose is not kept. Writes after the
 * first are guarded by the case's sequence number, so re-delivery changes nothing.
 */
@Component
@Projection
@ProcessingGroup(AppointmentScheduleProjection.PROCESSING_GROUP)
public class AppointmentScheduleProjection {

    public static final String PROCESSING_GROUP = "appointments";
    public static final String COLLECTION = "appointments";
    public static final String CASE_ID = "caseId";
    public static final String APPOINTMENT_ID = "appointmentId";
    public static final String AT = "at";
    public static final String STATUS = "status";
    public static final String WITH = "with";
    public static final String ORGANISATION = "organisation";
    public static final String LOCATION = "location";
    public static final String VIRTUAL = "virtual";
    /** The follow-up task naming this appointment: {@code taskId}, {@code dueOn}, {@code done}. */
    public static final String FOLLOW_UP = "followUp";
    public static final String VERSION = "version";

    /**
     * Which appointment each follow-up task is for, by case and task id: the projection's own lookup, so a
     * completed task finds its appointment by {@code _id} instead of searching the schedule.
     */
    public static final String FOLLOW_UPS = "appointment_follow_ups";

    private final BatchedCollection appointments;
    private final BatchedCollection followUps;

    public AppointmentScheduleProjection(MongoDatabase database) {
        this.appointments = BatchedCollection.of(database.getCollection(COLLECTION), VERSION);
        this.followUps = BatchedCollection.of(database.getCollection(FOLLOW_UPS), VERSION);
        // For MongoDB's planner (the embedded server ignores it): an erasure selects a case's appointments.
        appointments.collection().createIndex(Indexes.ascending(CASE_ID, AT));
    }

    public static String id(String caseId, String appointmentId) {
        return caseId + "/" + appointmentId;
    }

    @EventHandler
    public void on(AppointmentScheduled e, @SequenceNumber long seq) {
        appointments.apply(id(e.caseId(), e.appointmentId()), seq, doc -> doc
                .append(CASE_ID, e.caseId())
                .append(APPOINTMENT_ID, e.appointmentId())
                .append(AT, Date.from(e.at()))
                .append(STATUS, AppointmentStatus.SCHEDULED.name())
                .append(WITH, e.with())
                .append(ORGANISATION, e.organisation())
                .append(LOCATION, e.location())
                .append(VIRTUAL, e.virtual()));
    }

    @EventHandler
    public void on(AppointmentRescheduled e, @SequenceNumber long seq) {
        guarded(e.caseId(), e.appointmentId(), seq, doc -> doc.put(AT, Date.from(e.at())));
    }

    @EventHandler public void on(AppointmentCancelled e, @SequenceNumber long seq) { status(e, e.caseId(), e.appointmentId(), seq); }
    @EventHandler public void on(AppointmentKept e, @SequenceNumber long seq) { status(e, e.caseId(), e.appointmentId(), seq); }
    @EventHandler public void on(AppointmentMissed e, @SequenceNumber long seq) { status(e, e.caseId(), e.appointmentId(), seq); }

    @EventHandler
    public void on(FollowUpTaskCreated e, @SequenceNumber long seq) {
        if (e.appointmentId() != null) {
            followUps.apply(id(e.caseId(), e.taskId()), seq, doc -> doc.put(APPOINTMENT_ID, e.appointmentId()));
            guarded(e.caseId(), e.appointmentId(), seq, doc -> doc.put(FOLLOW_UP,
                    new Document("taskId", e.taskId()).append("dueOn", e.dueOn().toString()).append("done", false)));
        }
    }

    /** The task names no appointment, so the one it follows up is looked up where its creation recorded it. */
    @EventHandler
    public void on(FollowUpTaskCompleted e, @SequenceNumber long seq) {
        Document task = followUps.read(id(e.caseId(), e.taskId()));
        if (task == null) {
            return;
        }
        String appointmentId = id(e.caseId(), task.getString(APPOINTMENT_ID));
        Document appointment = appointments.read(appointmentId);
        if (appointment != null && appointment.get(FOLLOW_UP) instanceof Document followUp && e.taskId().equals(followUp.getString("taskId"))) {
            appointments.apply(appointmentId, seq, doc -> doc.get(FOLLOW_UP, Document.class).put("done", true));
        }
    }

    /** Who, where and with which organisation were personal data: they read as erased now, as in any rebuild. */
    @EventHandler
    public void on(PersonalDataErased e, @SequenceNumber long seq) {
        appointments.applyToEach(Filters.eq(CASE_ID, e.caseId()), doc -> e.caseId().equals(doc.getString(CASE_ID)), seq, doc -> {
            for (String field : new String[]{WITH, ORGANISATION, LOCATION}) {
                if (doc.get(field) != null) {
                    doc.put(field, PersonalData.ERASED);
                }
            }
        });
    }

    @ResetHandler
    public void reset() {
        appointments.collection().deleteMany(new Document());
        followUps.collection().deleteMany(new Document());
    }

    private void status(Object event, String caseId, String appointmentId, long seq) {
        String status = AppointmentStatus.after(event).orElseThrow().name();
        guarded(caseId, appointmentId, seq, doc -> doc.put(STATUS, status));
    }

    private void guarded(String caseId, String appointmentId, long seq, Consumer<Document> change) {
        appointments.applyIfPresent(id(caseId, appointmentId), seq, change);
    }
}
