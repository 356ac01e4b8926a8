package io.caseledger.app.web.scheduling;

import io.caseledger.app.web.commands.CommandRoutes;
import io.caseledger.domain.appointment.*;
import io.caseledger.domain.task.CompleteFollowUpTask;
import io.caseledger.domain.task.CreateFollowUpTask;
import io.caseledger.domain.transition.RecordAdmission;
import io.caseledger.domain.transition.RecordDischarge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static io.caseledger.app.web.commands.CommandRoute.post;
import static io.caseledger.domain.shared.Role.CASE_MANAGER;
import static io.caseledger.domain.shared.Role.SUPERVISOR;

@Configuration(proxyBeanMethods = false)
class SchedulingRoutes {

    private static final String APPOINTMENT = "/api/cases/{caseId}/appointments/{appointmentId}";

    @Bean
    CommandRoutes schedulingCommandRoutes() {
        return CommandRoutes.of(
                post("/api/cases/{caseId}/appointments", ScheduleAppointment.class, CASE_MANAGER, SUPERVISOR).creating("appointmentId"),
                post(APPOINTMENT + "/reminders", SendAppointmentReminder.class, CASE_MANAGER, SUPERVISOR),
                post(APPOINTMENT + "/reschedule", RescheduleAppointment.class, CASE_MANAGER, SUPERVISOR),
                post(APPOINTMENT + "/cancellation", CancelAppointment.class, CASE_MANAGER, SUPERVISOR),
                post(APPOINTMENT + "/kept", RecordAppointmentKept.class, CASE_MANAGER, SUPERVISOR),
                post(APPOINTMENT + "/missed", RecordAppointmentMissed.class, CASE_MANAGER, SUPERVISOR),
                post("/api/cases/{caseId}/tasks", CreateFollowUpTask.class, CASE_MANAGER, SUPERVISOR).creating("taskId"),
                post("/api/cases/{caseId}/tasks/{taskId}/completion", CompleteFollowUpTask.class, CASE_MANAGER, SUPERVISOR),
                post("/api/cases/{caseId}/admissions", RecordAdmission.class, CASE_MANAGER, SUPERVISOR).creating("admissionId"),
                post("/api/cases/{caseId}/discharges", RecordDischarge.class, CASE_MANAGER, SUPERVISOR));
    }
}
