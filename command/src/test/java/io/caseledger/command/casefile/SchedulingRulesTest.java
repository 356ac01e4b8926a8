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

import static io.caseledger.command.casefile.CaseFixtures.*;

/** Appointments, follow-up tasks and transitions of care. */
class SchedulingRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final Instant YESTERDAY = NOW.minusSeconds(86_400);
    private static final Instant TOMORROW = NOW.plusSeconds(86_400);
    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = CaseFixtures.newFixture();
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static AppointmentScheduled scheduled(Instant at) {
        return new AppointmentScheduled(CASE, "a-1", "Dr. Okafor", "Eastside Clinic", at, "12 Main St", false, "Diabetes review", null);
    }

    @Test
    void an_appointment_is_scheduled_on_an_open_case_only() {
        ScheduleAppointment schedule = new ScheduleAppointment(CASE, "a-1", "Dr. Okafor", "Eastside Clinic", TOMORROW, "12 Main St", false, "Diabetes review", null);
        fixture.given(enrolled("alice")).when(schedule).expectEvents(scheduled(TOMORROW));
        fixture.given(enrolled("alice"), new CaseClosed(CASE, ClosureReason.MOVED, null, LocalDate.of(2026, 3, 1)))
                .when(schedule).expectNoEvents().expectExceptionMessage("The case is closed.");
    }

    @Test
    void attendance_is_recorded_only_after_the_appointment_time() {
        fixture.given(enrolled("alice"), scheduled(TOMORROW)).when(new RecordAppointmentKept(CASE, "a-1"))
                .expectNoEvents().expectExceptionMessage("The appointment has not taken place yet.");
        fixture.given(enrolled("alice"), scheduled(YESTERDAY)).when(new RecordAppointmentMissed(CASE, "a-1"))
                .expectEvents(new AppointmentMissed(CASE, "a-1", YESTERDAY));
        fixture.given(enrolled("alice"), scheduled(NOW)).when(new RecordAppointmentKept(CASE, "a-1"))
                .expectEvents(new AppointmentKept(CASE, "a-1"));
    }

    @Test
    void only_a_scheduled_appointment_can_change() {
        fixture.given(enrolled("alice"), scheduled(YESTERDAY), new AppointmentKept(CASE, "a-1"))
                .when(new RecordAppointmentMissed(CASE, "a-1")).expectNoEvents().expectExceptionMessage("The appointment is already KEPT.");
        fixture.given(enrolled("alice"), scheduled(TOMORROW), new AppointmentCancelled(CASE, "a-1", CancelledBy.CLIENT, "ill"))
                .when(new SendAppointmentReminder(CASE, "a-1", ReminderChannel.SMS)).expectNoEvents()
                .expectExceptionMessage("The appointment is already CANCELLED.");
    }

    @Test
    void a_reschedule_records_the_old_and_new_time() {
        Instant later = TOMORROW.plusSeconds(7 * 86_400);
        fixture.given(enrolled("alice"), scheduled(TOMORROW)).when(new RescheduleAppointment(CASE, "a-1", later, "Provider ill"))
                .expectEvents(new AppointmentRescheduled(CASE, "a-1", TOMORROW, later, "Provider ill"));
        fixture.given(enrolled("alice"), scheduled(TOMORROW), new AppointmentRescheduled(CASE, "a-1", TOMORROW, YESTERDAY, "moved earlier"))
                .when(new RecordAppointmentKept(CASE, "a-1")).expectEvents(new AppointmentKept(CASE, "a-1"));
    }

    @Test
    void creating_a_task_that_exists_is_a_harmless_no_op() {
        FollowUpTaskCreated task = new FollowUpTaskCreated(CASE, "missed-a-1", TaskReason.MISSED_APPOINTMENT, LocalDate.of(2026, 3, 12), "a-1", null);
        CreateFollowUpTask create = new CreateFollowUpTask(CASE, "missed-a-1", TaskReason.MISSED_APPOINTMENT, LocalDate.of(2026, 3, 12), "a-1", null);
        fixture.given(enrolled("alice")).when(create).expectEvents(task);
        fixture.given(enrolled("alice"), task).when(create).expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void a_task_is_completed_once() {
        FollowUpTaskCreated task = new FollowUpTaskCreated(CASE, "t-1", TaskReason.OTHER, LocalDate.of(2026, 3, 12), null, "Call about housing");
        fixture.given(enrolled("alice"), task).when(new CompleteFollowUpTask(CASE, "t-1", "Reached client"))
                .expectEvents(new FollowUpTaskCompleted(CASE, "t-1", "Reached client"));
        fixture.given(enrolled("alice"), task, new FollowUpTaskCompleted(CASE, "t-1", "done"))
                .when(new CompleteFollowUpTask(CASE, "t-1", "again")).expectNoEvents().expectExceptionMessage("The task is already completed.");
        fixture.given(enrolled("alice")).when(new CompleteFollowUpTask(CASE, "t-9", "x")).expectNoEvents()
                .expectExceptionMessage("No such follow-up task.");
    }

    @Test
    void a_discharge_makes_a_post_discharge_follow_up_due() {
        LocalDate discharged = LocalDate.of(2026, 3, 8);
        fixture.given(enrolled("alice"), new AdmissionNotified(CASE, "adm-1", "City Hospital", AdmissionType.INPATIENT, Instant.parse("2026-03-01T10:00:00Z")))
                .when(new RecordDischarge(CASE, "adm-1", "City Hospital", discharged, null))
                .expectEvents(new DischargeNotified(CASE, "adm-1", "City Hospital", discharged, discharged.plusDays(7)),
                        new FollowUpTaskCreated(CASE, "discharge-adm-1", TaskReason.POST_DISCHARGE, discharged.plusDays(7), null, null));
        fixture.given(enrolled("alice"))
                .when(new RecordDischarge(CASE, "adm-2", "City Hospital", discharged, 3))
                .expectEvents(new DischargeNotified(CASE, "adm-2", "City Hospital", discharged, discharged.plusDays(3)),
                        new FollowUpTaskCreated(CASE, "discharge-adm-2", TaskReason.POST_DISCHARGE, discharged.plusDays(3), null, null));
    }
}
