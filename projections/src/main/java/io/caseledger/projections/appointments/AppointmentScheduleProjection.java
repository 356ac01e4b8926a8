package io.caseledger.projections.appointments;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.caseledger.projections.storage.VersionGuard;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
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
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.util.Date;

/**
 * The appointment schedule: one document per appointment, keyed by case and appointment id, with the
 * follow-up task that names it (a missed appointment's). The purpose is not kept. Writes after the
 * first are guarded by the case's sequence number, so re-delivery changes nothing.
 */
@Component
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

    private final MongoCollection<Document> appointments;
    private final MongoCollection<Document> followUps;

    public AppointmentScheduleProjection(MongoDatabase database) {
        this.appointments = database.getCollection(COLLECTION);
        this.followUps = database.getCollection(FOLLOW_UPS);
        appointments.createIndex(Indexes.ascending(CASE_ID, AT));
    }

    public static String id(String caseId, String appointmentId) {
        return caseId + "/" + appointmentId;
    }

    @EventHandler
    public void on(AppointmentScheduled e, @SequenceNumber long seq) {
        appointments.updateOne(Filters.eq("_id", id(e.caseId(), e.appointmentId())), Updates.combine(
                Updates.setOnInsert(CASE_ID, e.caseId()),
                Updates.setOnInsert(APPOINTMENT_ID, e.appointmentId()),
                Updates.setOnInsert(AT, Date.from(e.at())),
                Updates.setOnInsert(STATUS, "SCHEDULED"),
                Updates.setOnInsert(WITH, e.with()),
                Updates.setOnInsert(ORGANISATION, e.organisation()),
                Updates.setOnInsert(LOCATION, e.location()),
                Updates.setOnInsert(VIRTUAL, e.virtual()),
                Updates.setOnInsert(VERSION, seq)), new UpdateOptions().upsert(true));
    }

    @EventHandler
    public void on(AppointmentRescheduled e, @SequenceNumber long seq) {
        guarded(e.caseId(), e.appointmentId(), seq, Updates.set(AT, Date.from(e.at())));
    }

    @EventHandler public void on(AppointmentCancelled e, @SequenceNumber long seq) { status(e.caseId(), e.appointmentId(), "CANCELLED", seq); }
    @EventHandler public void on(AppointmentKept e, @SequenceNumber long seq) { status(e.caseId(), e.appointmentId(), "KEPT", seq); }
    @EventHandler public void on(AppointmentMissed e, @SequenceNumber long seq) { status(e.caseId(), e.appointmentId(), "MISSED", seq); }

    @EventHandler
    public void on(FollowUpTaskCreated e, @SequenceNumber long seq) {
        if (e.appointmentId() != null) {
            followUps.replaceOne(Filters.eq("_id", id(e.caseId(), e.taskId())), new Document("_id", id(e.caseId(), e.taskId()))
                    .append(APPOINTMENT_ID, e.appointmentId()), new ReplaceOptions().upsert(true));
            guarded(e.caseId(), e.appointmentId(), seq, Updates.set(FOLLOW_UP,
                    new Document("taskId", e.taskId()).append("dueOn", e.dueOn().toString()).append("done", false)));
        }
    }

    /** The task names no appointment, so the one it follows up is looked up where its creation recorded it. */
    @EventHandler
    public void on(FollowUpTaskCompleted e, @SequenceNumber long seq) {
        Document task = followUps.find(Filters.eq("_id", id(e.caseId(), e.taskId()))).first();
        if (task != null) {
            VersionGuard.apply(appointments, id(e.caseId(), task.getString(APPOINTMENT_ID)), VERSION, seq,
                    appointment -> appointment.get(FOLLOW_UP) instanceof Document followUp && e.taskId().equals(followUp.getString("taskId")),
                    Updates.set(FOLLOW_UP + ".done", true));
        }
    }

    /** Who, where and with which organisation were personal data: they read as erased now, as in any rebuild. */
    @EventHandler
    public void on(PersonalDataErased e) {
        for (String field : new String[]{WITH, ORGANISATION, LOCATION}) {
            appointments.updateMany(Filters.and(Filters.eq(CASE_ID, e.caseId()), Filters.ne(field, null)),
                    Updates.set(field, PersonalData.ERASED));
        }
    }

    @ResetHandler
    public void reset() {
        appointments.deleteMany(new Document());
        followUps.deleteMany(new Document());
    }

    private void status(String caseId, String appointmentId, String status, long seq) {
        guarded(caseId, appointmentId, seq, Updates.set(STATUS, status));
    }

    private void guarded(String caseId, String appointmentId, long seq, Bson change) {
        VersionGuard.apply(appointments, id(caseId, appointmentId), VERSION, seq, change);
    }
}
