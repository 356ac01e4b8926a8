package io.caseledger.query.appointments;

import io.caseledger.domain.scope.ReadableBy;
import io.caseledger.domain.scope.TeamScoped;
import io.caseledger.domain.shared.Role;
import io.caseledger.query.paging.PageRequest;

/** The appointments in {@code window} of a team's open cases, one page at a time. */
@ReadableBy({Role.SUPERVISOR, Role.AUDITOR})
public record FindTeamAppointments(String team, AppointmentWindow window, PageRequest page) implements TeamScoped {
}
