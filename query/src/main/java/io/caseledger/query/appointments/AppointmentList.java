package io.caseledger.query.appointments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A page of a schedule: the window and its bounds (null for missed), the appointments, and the cursor
 * of the next page (null on the last).
 */
public record AppointmentList(String window, Instant from, Instant until, List<ScheduledAppointment> appointments, String nextCursor) {
    /** One appointment: whose, when, with whom and where; for a missed one, whether its follow-up exists and is done. */
    public record ScheduledAppointment(String appointmentId, String caseId, String caseManagerId, String clientName, Instant at, String status,
                        String with, String organisation, String location, boolean virtual,
                        boolean followUpExists, LocalDate followUpDueOn, boolean followUpDone) {
    }
}
