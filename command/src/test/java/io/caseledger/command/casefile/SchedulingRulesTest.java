package io.caseledger.command.casefile;

import io.caseledger.domain.appointment.*;
import io.caseledger.domain.closure.CaseClosed;
import io.caseledger.domain.closure.ClosureReason;
import io.caseledger.domain.task.*;
import io.caseledger.domain.transition.*;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static io.caseledger.command.Refusals.refusal;
import static io.caseledger.command.casefile.CaseFixtures.*;

/** Appointments, follow-up tasks and transitions of care. */
class SchedulingRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final Instant YESTERDAY = NOW.minusSeconds(86_400);
    private static final Instant TOMORROW = NOW.plusSeconds(86_400);
    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = CaseFixtures.newFixture(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static AppointmentScheduled scheduled(Instant at) {
        return new AppointmentScheduled(CASE, "a-1", "Dr. Okafor", "Eastside Clinic", at, "12 Main St", false, "Diabetes review", null);
    }

    private static final ScheduleAppointment SCHEDULE = new ScheduleAppointment(CASE, "a-1", "Dr. Okafor", "Eastside Clinic", TOMORROW,
            "12 Main St", false, "Diabetes review", null);

    @Test
    void an_appointment_is_scheduled_on_an_open_case() {
        fixture.given(enrolled("alice")).when(SCHEDULE).expectEvents(scheduled(TOMORROW));
    }

    @Test
    void no_appointment_is_scheduled_on_a_closed_case() {
        fixture.given(enrolled("alice"), new CaseClosed(CASE, ClosureReason.MOVED, null, LocalDate.of(2026, 3, 1)))
                .when(SCHEDULE).expectNoEvents().expectExceptionDetails(refusal("case-closed"));
    }

    @Test
    void attendance_is_not_recorded_before_the_appointment_time() {
        fixture.given(enrolled("alice"), scheduled(TOMORROW)).when(new RecordAppointmentKept(CASE, "a-1"))
                .expectNoEvents().expectExceptionDetails(refusal("appointment-in-future"));
    }

    @Test
    void a_past_appointment_is_recorded_missed() {
        fixture.given(enrolled("alice"), scheduled(YESTERDAY)).when(new RecordAppointmentMissed(CASE, "a-1"))
                .expectEvents(new AppointmentMissed(CASE, "a-1", YESTERDAY));
    }

    @Test
    void an_appointment_is_recorded_kept_from_its_time_on() {
        fixture.given(enrolled("alice"), scheduled(NOW)).when(new RecordAppointmentKept(CASE, "a-1"))
                .expectEvents(new AppointmentKept(CASE, "a-1"));
    }

    @Test
    void a_kept_appointment_is_not_recorded_missed() {
        fixture.given(enrolled("alice"), scheduled(YESTERDAY), new AppointmentKept(CASE, "a-1"))
                .when(new RecordAppointmentMissed(CASE, "a-1")).expectNoEvents().expectExceptionDetails(refusal("appointment-not-scheduled"));
    }

    @Test
    void a_cancelled_appointment_is_not_reminded() {
        fixture.given(enrolled("alice"), scheduled(TOMORROW), new AppointmentCancelled(CASE, "a-1", CancelledBy.CLIENT, "ill"))
                .when(new SendAppointmentReminder(CASE, "a-1", ReminderChannel.SMS)).expectNoEvents()
                .expectExceptionDetails(refusal("appointment-not-scheduled"));
    }

    @Test
    void a_reschedule_records_the_old_and_new_time() {
        Instant later = TOMORROW.plusSeconds(7 * 86_400);
        fixture.given(enrolled("alice"), scheduled(TOMORROW)).when(new RescheduleAppointment(CASE, "a-1", later, "Provider ill"))
                .expectEvents(new AppointmentRescheduled(CASE, "a-1", TOMORROW, later, "Provider ill"));
    }

    @Test
    void attendance_follows_the_rescheduled_time() {
        fixture.given(enrolled("alice"), scheduled(TOMORROW), new AppointmentRescheduled(CASE, "a-1", TOMORROW, YESTERDAY, "moved earlier"))
                .when(new RecordAppointmentKept(CASE, "a-1")).expectEvents(new AppointmentKept(CASE, "a-1"));
    }

    private static final FollowUpTaskCreated MISSED_TASK = new FollowUpTaskCreated(CASE, "missed-a-1", TaskReason.MISSED_APPOINTMENT,
            LocalDate.of(2026, 3, 12), "a-1", null);
    private static final CreateFollowUpTask CREATE_MISSED_TASK = new CreateFollowUpTask(CASE, "missed-a-1", TaskReason.MISSED_APPOINTMENT,
            LocalDate.of(2026, 3, 12), "a-1", null);

    @Test
    void a_task_is_created() {
        fixture.given(enrolled("alice")).when(CREATE_MISSED_TASK).expectEvents(MISSED_TASK);
    }

    @Test
    void creating_a_task_that_exists_is_a_harmless_no_op() {
        fixture.given(enrolled("alice"), MISSED_TASK).when(CREATE_MISSED_TASK).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    private static final FollowUpTaskCreated TASK = new FollowUpTaskCreated(CASE, "t-1", TaskReason.OTHER, LocalDate.of(2026, 3, 12), null,
            "Call about housing");

    @Test
    void a_task_is_completed() {
        fixture.given(enrolled("alice"), TASK).when(new CompleteFollowUpTask(CASE, "t-1", "Reached client"))
                .expectEvents(new FollowUpTaskCompleted(CASE, "t-1", "Reached client"));
    }

    @Test
    void a_task_is_completed_only_once() {
        fixture.given(enrolled("alice"), TASK, new FollowUpTaskCompleted(CASE, "t-1", "done"))
                .when(new CompleteFollowUpTask(CASE, "t-1", "again")).expectNoEvents().expectExceptionDetails(refusal("task-already-completed"));
    }

    @Test
    void a_task_that_does_not_exist_is_not_completed() {
        fixture.given(enrolled("alice")).when(new CompleteFollowUpTask(CASE, "t-9", "x")).expectNoEvents()
                .expectExceptionDetails(refusal("task-not-found"));
    }

    private static final LocalDate DISCHARGED = LocalDate.of(2026, 3, 8);

    @Test
    void a_discharge_makes_a_post_discharge_follow_up_due_in_7_days() {
        fixture.given(enrolled("alice"), new AdmissionNotified(CASE, "adm-1", "City Hospital", AdmissionType.INPATIENT, Instant.parse("2026-03-01T10:00:00Z")))
                .when(new RecordDischarge(CASE, "adm-1", "City Hospital", DISCHARGED, null))
                .expectEvents(new DischargeNotified(CASE, "adm-1", "City Hospital", DISCHARGED, DISCHARGED.plusDays(7)),
                        new FollowUpTaskCreated(CASE, "discharge-adm-1", TaskReason.POST_DISCHARGE, DISCHARGED.plusDays(7), null, null));
    }

    @Test
    void a_discharge_makes_its_follow_up_due_within_the_days_given() {
        fixture.given(enrolled("alice"))
                .when(new RecordDischarge(CASE, "adm-2", "City Hospital", DISCHARGED, 3))
                .expectEvents(new DischargeNotified(CASE, "adm-2", "City Hospital", DISCHARGED, DISCHARGED.plusDays(3)),
                        new FollowUpTaskCreated(CASE, "discharge-adm-2", TaskReason.POST_DISCHARGE, DISCHARGED.plusDays(3), null, null));
    }
}
