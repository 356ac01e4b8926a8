package io.caseledger.domain.summary;

import io.caseledger.domain.appointment.*;
import io.caseledger.domain.task.FollowUpTaskCompleted;
import io.caseledger.domain.task.FollowUpTaskCreated;
import io.caseledger.domain.transition.AdmissionNotified;
import io.caseledger.domain.transition.DischargeNotified;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Appointments, follow-up tasks and transitions of care as the case summary shows them. */
public class SchedulingSection {

    public record AppointmentView(String appointmentId, String with, String purpose, Instant at, AppointmentStatus status, String referralId) {
    }

    public record TaskView(FollowUpTaskCreated task, boolean completed, String outcome) {
    }

    private final Map<String, AppointmentView> appointments = new LinkedHashMap<>();
    private final Map<String, TaskView> tasks = new LinkedHashMap<>();
    private final List<AdmissionNotified> admissions = new ArrayList<>();
    private final List<DischargeNotified> discharges = new ArrayList<>();

    /** @return whether the event belongs to this section */
    boolean apply(Object event) {
        if (event instanceof AppointmentScheduled e) {
            appointments.put(e.appointmentId(), new AppointmentView(e.appointmentId(), e.with(), e.purpose(), e.at(), AppointmentStatus.SCHEDULED, e.referralId()));
        } else if (event instanceof AppointmentRescheduled e) {
            appointments.computeIfPresent(e.appointmentId(), (id, a) -> new AppointmentView(id, a.with(), a.purpose(), e.at(), a.status(), a.referralId()));
        } else if (event instanceof AppointmentCancelled e) {
            status(e.appointmentId(), event);
        } else if (event instanceof AppointmentKept e) {
            status(e.appointmentId(), event);
        } else if (event instanceof AppointmentMissed e) {
            status(e.appointmentId(), event);
        } else if (event instanceof FollowUpTaskCreated e) {
            tasks.put(e.taskId(), new TaskView(e, false, null));
        } else if (event instanceof FollowUpTaskCompleted e) {
            tasks.computeIfPresent(e.taskId(), (id, t) -> new TaskView(t.task(), true, e.outcome()));
        } else if (event instanceof AdmissionNotified e) {
            admissions.add(e);
        } else if (event instanceof DischargeNotified e) {
            discharges.add(e);
        } else {
            return event instanceof AppointmentReminderSent;
        }
        return true;
    }

    private void status(String appointmentId, Object event) {
        AppointmentStatus status = AppointmentStatus.after(event).orElseThrow();
        appointments.computeIfPresent(appointmentId, (id, a) -> new AppointmentView(id, a.with(), a.purpose(), a.at(), status, a.referralId()));
    }

    public List<AppointmentView> getAppointments() { return new ArrayList<>(appointments.values()); }
    public List<TaskView> getTasks() { return new ArrayList<>(tasks.values()); }
    public List<AdmissionNotified> getAdmissions() { return List.copyOf(admissions); }
    public List<DischargeNotified> getDischarges() { return List.copyOf(discharges); }
}
