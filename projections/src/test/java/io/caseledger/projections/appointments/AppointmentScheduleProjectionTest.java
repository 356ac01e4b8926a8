package io.caseledger.projections.appointments;

import com.mongodb.client.MongoCollection;
import io.caseledger.projections.InMemoryMongo;
import io.caseledger.domain.appointment.*;
import io.caseledger.domain.task.FollowUpTaskCompleted;
import io.caseledger.domain.task.FollowUpTaskCreated;
import io.caseledger.domain.task.TaskReason;
import io.caseledger.domain.erasure.ErasureBasis;
import io.caseledger.domain.erasure.PersonalDataErased;
import io.caseledger.domain.shared.PersonalData;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static io.caseledger.projections.appointments.AppointmentScheduleProjection.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Appointments scheduled, moved, kept, missed and followed up, as the schedule stores them. */
class AppointmentScheduleProjectionTest {

    private static final Instant WHEN = Instant.parse("2026-11-18T10:00:00Z");

    private final InMemoryMongo mongo = new InMemoryMongo();
    private AppointmentScheduleProjection projection;
    private MongoCollection<Document> appointments;
    private MongoCollection<Document> followUps;

    @BeforeEach
    void start() {
        var database = mongo.database();
        projection = new AppointmentScheduleProjection(database);
        appointments = database.getCollection(COLLECTION);
        followUps = database.getCollection(FOLLOW_UPS);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private static AppointmentScheduled scheduled(String appointmentId, Instant at) {
        return new AppointmentScheduled("c1", appointmentId, "Dr. Okafor", "Eastside Clinic", at, "12 Main St", false, "Diabetes review", null);
    }

    private Document doc(String appointmentId) {
        return appointments.find(new Document("_id", id("c1", appointmentId))).first();
    }

    @Test
    void a_missed_appointment_carries_its_follow_up_until_done() {
        projection.on(scheduled("a1", WHEN), 1);
        projection.on(new AppointmentRescheduled("c1", "a1", WHEN, WHEN.plusSeconds(3600), "clash"), 2);
        projection.on(new AppointmentMissed("c1", "a1", WHEN.plusSeconds(3600)), 3);
        projection.on(new FollowUpTaskCreated("c1", "missed-a1", TaskReason.MISSED_APPOINTMENT, LocalDate.of(2026, 11, 20), "a1", null), 4);

        Document missed = doc("a1");
        assertThat(missed.getString(STATUS)).isEqualTo("MISSED");
        assertThat(missed.getDate(AT).toInstant()).isEqualTo(WHEN.plusSeconds(3600));
        assertThat(missed.getString(WITH)).isEqualTo("Dr. Okafor");
        assertThat(missed.getString(LOCATION)).isEqualTo("12 Main St");
        assertThat(missed.values()).as("the purpose is not kept").doesNotContain("Diabetes review");
        assertThat(missed.get(FOLLOW_UP, Document.class)).isEqualTo(new Document("taskId", "missed-a1").append("dueOn", "2026-11-20").append("done", false));

        projection.on(new FollowUpTaskCompleted("c1", "missed-a1", "rebooked"), 5);
        assertThat(doc("a1").getEmbedded(java.util.List.of(FOLLOW_UP, "done"), Boolean.class)).isTrue();
    }

    @Test
    void re_delivery_changes_nothing_and_tasks_without_an_appointment_are_ignored() {
        projection.on(scheduled("a1", WHEN), 1);
        projection.on(new AppointmentKept("c1", "a1"), 2);
        projection.on(new FollowUpTaskCreated("c1", "t-9", TaskReason.OTHER, LocalDate.of(2026, 11, 20), null, "Call"), 3);
        projection.on(scheduled("a1", WHEN.plusSeconds(99)), 1);
        projection.on(new AppointmentRescheduled("c1", "a1", WHEN, WHEN.plusSeconds(7200), "late re-delivery"), 2);

        assertThat(appointments.countDocuments()).isEqualTo(1);
        assertThat(doc("a1").getString(STATUS)).isEqualTo("KEPT");
        assertThat(doc("a1").getDate(AT).toInstant()).isEqualTo(WHEN);
        assertThat(doc("a1").get(FOLLOW_UP)).isNull();
    }

    @Test
    void cancellation_is_kept_and_reset_clears_the_schedule() {
        projection.on(scheduled("a1", WHEN), 1);
        projection.on(new AppointmentCancelled("c1", "a1", CancelledBy.CLIENT, "ill"), 2);
        assertThat(doc("a1").getString(STATUS)).isEqualTo("CANCELLED");
        projection.on(new FollowUpTaskCreated("c1", "t-1", TaskReason.OTHER, LocalDate.of(2026, 11, 20), "a1", null), 3);
        projection.reset();
        assertThat(appointments.countDocuments()).isZero();
        assertThat(followUps.countDocuments()).as("the task-to-appointment lookup goes too").isZero();
    }

    @Test
    void completing_a_task_that_a_newer_follow_up_replaced_leaves_the_newer_one_open() {
        projection.on(scheduled("a1", WHEN), 1);
        projection.on(new AppointmentMissed("c1", "a1", WHEN), 2);
        projection.on(new FollowUpTaskCreated("c1", "t-1", TaskReason.MISSED_APPOINTMENT, LocalDate.of(2026, 11, 20), "a1", null), 3);
        projection.on(new FollowUpTaskCreated("c1", "t-2", TaskReason.MISSED_APPOINTMENT, LocalDate.of(2026, 11, 22), "a1", null), 4);
        projection.on(new FollowUpTaskCompleted("c1", "t-1", "reached"), 5);
        assertThat(doc("a1").get(FOLLOW_UP, Document.class)).containsEntry("taskId", "t-2").containsEntry("done", false);
        projection.on(new FollowUpTaskCompleted("c1", "t-2", "rebooked"), 6);
        assertThat(doc("a1").get(FOLLOW_UP, Document.class)).containsEntry("taskId", "t-2").containsEntry("done", true);
    }

    @Test
    void erasure_leaves_who_where_and_which_organisation_erased_as_a_rebuild_would_read_them() {
        projection.on(scheduled("a1", WHEN), 1);
        // In one batch with the erasure: a2 is not stored yet when the erasure comes, and must be erased all the same.
        io.caseledger.projections.InOneBatch.run(() -> {
            projection.on(new AppointmentScheduled("c1", "a2", "Dr. Okafor", null, WHEN, "12 Main St", true, "x", null), 2);
            projection.on(new PersonalDataErased("c1", ErasureBasis.RETENTION_PERIOD_ENDED, "RR-1", LocalDate.of(2034, 1, 1)), 3);
        });

        assertThat(doc("a1").getString(WITH)).isEqualTo(PersonalData.ERASED);
        assertThat(doc("a1").getString(ORGANISATION)).isEqualTo(PersonalData.ERASED);
        assertThat(doc("a1").getString(LOCATION)).isEqualTo(PersonalData.ERASED);
        assertThat(doc("a2").getString(ORGANISATION)).as("nothing was there to erase").isNull();
        assertThat(doc("a2").getString(WITH)).as("erased though written in the erasure's batch").isEqualTo(PersonalData.ERASED);
        assertThat(doc("a1").getDate(AT).toInstant()).isEqualTo(WHEN);
    }
}
