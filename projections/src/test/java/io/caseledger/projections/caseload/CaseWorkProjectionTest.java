package io.caseledger.projections.caseload;

import com.mongodb.client.MongoCollection;
import io.caseledger.projections.InMemoryMongo;
import io.caseledger.projections.InOneBatch;
import io.caseledger.domain.appointment.AppointmentMissed;
import io.caseledger.domain.appointment.AppointmentScheduled;
import io.caseledger.domain.assessment.Instrument;
import io.caseledger.domain.assessment.NotImprovingDetected;
import io.caseledger.domain.assessment.SafetyAction;
import io.caseledger.domain.assessment.SafetyConcernFlagged;
import io.caseledger.domain.assessment.SafetyConcernResolved;
import io.caseledger.domain.assessment.TreatmentResponseAchieved;
import io.caseledger.domain.enrolment.ClientEnrolled;
import io.caseledger.domain.enrolment.InsuranceStatus;
import io.caseledger.domain.enrolment.PersonalDetails;
import io.caseledger.domain.task.FollowUpTaskCreated;
import io.caseledger.domain.task.TaskReason;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The work side of the caseload row, through the real driver, including re-delivery. */
class CaseWorkProjectionTest {

    private final InMemoryMongo mongo = new InMemoryMongo();
    private CaseloadProjection caseload;
    private CaseWorkProjection work;
    private MongoCollection<Document> rows;

    @BeforeEach
    void start() {
        var database = mongo.database();
        caseload = new CaseloadProjection(rows(database));
        work = new CaseWorkProjection(rows(database));
        rows = database.getCollection(CaseloadRow.COLLECTION);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void both_handlers_of_one_event_apply_in_a_batch_and_a_redelivered_event_changes_nothing() {
        ClientEnrolled enrolled = new ClientEnrolled("c1", new PersonalDetails("A", "B", LocalDate.of(1970, 1, 1)), "alice", "en", false,
                InsuranceStatus.INSURED, LocalDate.of(2026, 1, 5));
        InOneBatch.run(() -> {
            work.on(enrolled, 0);
            caseload.on(enrolled, 0);
            work.on(new AppointmentScheduled("c1", "a.1", "Dr", null, Instant.parse("2026-02-01T10:00:00Z"), "Clinic", false, "Review", null), 1);
            work.on(new AppointmentMissed("c1", "a.1", Instant.parse("2026-02-01T10:00:00Z")), 2);
        });
        InOneBatch.run(() -> {
            work.on(new FollowUpTaskCreated("c1", "missed-a.1", TaskReason.MISSED_APPOINTMENT, LocalDate.of(2026, 2, 3), "a.1", null), 3);
            work.on(new AppointmentScheduled("c1", "a.1", "Dr", null, Instant.parse("2030-01-01T10:00:00Z"), "Clinic", false, "Redelivered", null), 1);
        });

        Document row = rows.find(new Document("_id", "c1")).first();
        assertThat(row.getString(CaseloadRow.CLIENT_NAME)).isEqualTo("B, A");
        assertThat(row.getString(CaseloadRow.CLOCK_START)).isEqualTo("2026-01-05");
        Document appointment = row.get(CaseloadRow.APPOINTMENTS, Document.class).get("a_1", Document.class);
        assertThat(appointment.getString("status")).as("the re-delivered older event changed nothing").isEqualTo("MISSED");
        assertThat(row.get(CaseloadRow.TASKS, Document.class).get("missed-a_1", Document.class).getString("appointmentId")).isEqualTo("a.1");
        assertThat(row.getLong(CaseloadRow.VERSION)).isEqualTo(3);
    }

    /** A real emitter with no subscribers: projections emit, nobody listens. */
    private static CaseloadRows rows(com.mongodb.client.MongoDatabase database) {
        return new CaseloadRows(database, new CaseloadUpdates(org.axonframework.queryhandling.SimpleQueryUpdateEmitter.builder().build(),
                io.caseledger.domain.scope.TeamRoster.of(java.util.Map.of())));
    }

    @Test
    void open_flags_keep_the_day_they_were_raised_until_they_close() {
        Instant flaggedAt = Instant.parse("2026-03-02T23:30:00Z");
        work.on(new SafetyConcernFlagged("c1", "as-1", 2), 4, flaggedAt);
        work.on(new NotImprovingDetected("c1", Instrument.PHQ9, 10, 20, 15, 25.0), 5, flaggedAt.plusSeconds(3600));
        Document row = rows.find(new Document("_id", "c1")).first();
        assertThat(row.getString(CaseloadRow.SAFETY_SINCE)).isEqualTo("2026-03-02");
        assertThat(row.getString(CaseloadRow.NOT_IMPROVING_SINCE)).as("UTC day").isEqualTo("2026-03-03");

        work.on(new SafetyConcernResolved("c1", SafetyAction.SAFETY_PLAN, null), 6);
        work.on(new TreatmentResponseAchieved("c1", Instrument.PHQ9, 20, 9, 55.0), 7);
        row = rows.find(new Document("_id", "c1")).first();
        assertThat(row).doesNotContainKeys(CaseloadRow.SAFETY_SINCE, CaseloadRow.NOT_IMPROVING_SINCE)
                .containsEntry(CaseloadRow.SAFETY_OPEN, false).containsEntry(CaseloadRow.NOT_IMPROVING, false);
    }
}
