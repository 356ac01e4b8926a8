package io.caseledger.app;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Appointments kept and missed, the follow-up a missed one creates by itself, and a discharge's follow-up. */
@HttpTest
class SchedulingHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    private static String appointment(Instant at) {
        return "{\"with\":\"Dr. Okafor\",\"organisation\":\"Eastside Clinic\",\"at\":\"" + at + "\",\"location\":\"12 Main St\",\"purpose\":\"Diabetes review\"}";
    }

    private List<? extends DomainEventMessage<?>> events(String caseId) {
        return eventStore.readEvents(caseId).asStream().toList();
    }

    /** An appointment an hour ago, recorded as missed with the correlation id {@code corr-missed}; its id. */
    private String missedAppointment(Api api, String caseId) {
        api.post("alice", "/api/cases", Api.enrolment(caseId, "Ana", "Lima"));
        String appointmentId = api.post("alice", "/api/cases/" + caseId + "/appointments", appointment(Instant.now().minusSeconds(3600)))
                .json().get("appointmentId").asString();
        assertThat(api.post("alice", "/api/cases/" + caseId + "/appointments/" + appointmentId + "/missed", "{}", "corr-missed").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> events(caseId).size() == 4);
        return appointmentId;
    }

    @Test
    void a_missed_appointment_creates_its_follow_up_task_as_a_caused_event() {
        String appointmentId = missedAppointment(new Api(port), "sch-1");

        List<? extends DomainEventMessage<?>> events = events("sch-1");
        DomainEventMessage<?> missed = events.get(2);
        DomainEventMessage<?> task = events.get(3);
        assertThat(missed.getPayloadType().getSimpleName()).isEqualTo("AppointmentMissed");
        assertThat(task.getPayloadType().getSimpleName()).isEqualTo("FollowUpTaskCreated");
        assertThat(task.getMetaData().get("causationId")).as("caused by the missed appointment").isEqualTo(missed.getIdentifier());
        assertThat(task.getMetaData().get("correlationId")).isEqualTo("corr-missed");
        assertThat(task.getPayload().toString()).contains("MISSED_APPOINTMENT", "missed-" + appointmentId);
    }

    @Test
    void a_follow_up_task_is_completed_once() {
        Api api = new Api(port);
        missedAppointment(api, "sch-3");
        String taskId = api.get("alice", "/api/cases/sch-3").json().get("scheduling").get("tasks").get(0).get("task").get("taskId").asString();

        assertThat(api.post("alice", "/api/cases/sch-3/tasks/" + taskId + "/completion", "{\"outcome\":\"Rebooked for Friday\"}").status()).isEqualTo(200);
        Api.Response twice = api.post("alice", "/api/cases/sch-3/tasks/" + taskId + "/completion", "{\"outcome\":\"again\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("code").asString()).isEqualTo("task-already-completed");
    }

    @Test
    void attendance_cannot_be_recorded_ahead_of_time() {
        Api api = new Api(port);
        api.post("alice", "/api/cases", Api.enrolment("sch-2", "Luz", "Reyes"));
        String future = api.post("alice", "/api/cases/sch-2/appointments", appointment(Instant.now().plusSeconds(86_400)))
                .json().get("appointmentId").asString();

        Api.Response early = api.post("alice", "/api/cases/sch-2/appointments/" + future + "/kept", "{}");

        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("code").asString()).isEqualTo("appointment-in-future");
    }

    @Test
    void an_appointment_without_a_place_is_a_400_naming_the_location() {
        Api api = new Api(port);
        api.post("alice", "/api/cases", Api.enrolment("sch-4", "Luz", "Reyes"));

        Api.Response noPlace = api.post("alice", "/api/cases/sch-4/appointments", "{\"with\":\"X\",\"at\":\"2030-01-01T10:00:00Z\",\"purpose\":\"y\"}");

        assertThat(noPlace.status()).isEqualTo(400);
        assertThat(noPlace.json().get("field").asString()).isEqualTo("location");
    }

    @Test
    void a_discharge_brings_a_post_discharge_follow_up_due_within_seven_days() {
        Api api = new Api(port);
        api.post("alice", "/api/cases", Api.enrolment("sch-5", "Luz", "Reyes"));
        LocalDate discharged = LocalDate.now().minusDays(1);
        assertThat(api.post("alice", "/api/cases/sch-5/admissions",
                "{\"admissionId\":\"adm-1\",\"facility\":\"City Hospital\",\"type\":\"INPATIENT\",\"admittedAt\":\"" + Instant.now().minusSeconds(5 * 86_400) + "\"}").status()).isEqualTo(201);

        assertThat(api.post("alice", "/api/cases/sch-5/discharges",
                "{\"admissionId\":\"adm-1\",\"facility\":\"City Hospital\",\"dischargedOn\":\"" + discharged + "\"}").status()).isEqualTo(200);

        var task = api.get("alice", "/api/cases/sch-5").json().get("scheduling").get("tasks").get(0).get("task");
        assertThat(task.get("reason").asString()).isEqualTo("POST_DISCHARGE");
        assertThat(task.get("dueOn").asString()).isEqualTo(discharged.plusDays(7).toString());
    }

    @Test
    void the_caseload_shows_what_is_due_and_alerts_computed_at_query_time() {
        Api api = new Api(port);
        api.post("bob", "/api/cases", Api.enrolment("alr-1", "Omar", "Haddad"));
        LocalDate yesterday = LocalDate.now().minusDays(1);
        api.post("bob", "/api/cases/alr-1/tasks", "{\"reason\":\"OTHER\",\"dueOn\":\"" + yesterday + "\",\"note\":\"Call about benefits\"}");
        api.post("bob", "/api/cases/alr-1/referrals", "{\"type\":\"TRANSPORT\",\"recipient\":{\"category\":\"TRANSPORT\"},\"reason\":\"Rides\",\"dueBy\":\"" + yesterday + "\"}");
        api.post("bob", "/api/cases/alr-1/appointments", appointment(Instant.now().plusSeconds(86_400)));
        api.post("bob", "/api/cases/alr-1/contacts", "{\"mode\":\"PHONE\",\"outcome\":\"SUCCESSFUL\"}");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var cases = api.get("bob", "/api/caseloads/bob").json().get("cases");
            var entry = java.util.stream.StreamSupport.stream(cases.spliterator(), false)
                    .filter(c -> c.get("caseId").asString().equals("alr-1")).findFirst().orElse(null);
            assertThat(entry).as("the projection has the case").isNotNull();
            assertThat(entry.get("openTasks").asInt()).isEqualTo(1);
            assertThat(entry.get("openReferrals").asInt()).isEqualTo(1);
            assertThat(entry.get("nextAppointmentAt").isNull()).isFalse();
            assertThat(entry.get("lastSuccessfulContactAt").isNull()).isFalse();
            assertThat(entry.get("alerts").findValuesAsString("kind")).containsExactly("FOLLOW_UP_OVERDUE", "REFERRAL_OVERDUE");
        });
    }
}
