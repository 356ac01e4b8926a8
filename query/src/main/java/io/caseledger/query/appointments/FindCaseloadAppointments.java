package io.caseledger.query.appointments;

import io.caseledger.domain.scope.CaseloadScoped;
import io.caseledger.domain.scope.ReadableBy;
import io.caseledger.domain.shared.Role;
import io.caseledger.query.paging.PageRequest;

/** The appointments in {@code window} of one caseload's open cases, one page at a time. */
@ReadableBy({Role.CASE_MANAGER, Role.SUPERVISOR, Role.AUDITOR})
public record FindCaseloadAppointments(String caseManagerId, AppointmentWindow window, PageRequest page) implements CaseloadScoped {
}
