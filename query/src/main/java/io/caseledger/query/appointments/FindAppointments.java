package io.caseledger.query.appointments;

import io.caseledger.query.paging.PageRequest;

import java.util.List;

/** The appointments in {@code window} of the open cases of {@code caseManagerIds}, one page at a time. */
public record FindAppointments(List<String> caseManagerIds, AppointmentWindow window, PageRequest page) {
}
