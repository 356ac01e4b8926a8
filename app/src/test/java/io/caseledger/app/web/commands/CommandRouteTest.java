package io.caseledger.app.web.commands;

import io.caseledger.domain.appointment.ScheduleAppointment;
import io.caseledger.domain.appointment.SendAppointmentReminder;
import org.junit.jupiter.api.Test;

import static io.caseledger.app.web.commands.CommandRoute.post;
import static io.caseledger.domain.shared.Role.CASE_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A route that binds a name its command does not have stops the start, naming the route and the name. */
class CommandRouteTest {

    @Test
    void a_path_variable_that_is_no_field_of_the_command_is_refused() {
        assertThatThrownBy(() -> post("/api/cases/{caseId}/appointments/{appointmentID}/reminders", SendAppointmentReminder.class, CASE_MANAGER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("{appointmentID}").hasMessageContaining("SendAppointmentReminder");
    }

    @Test
    void a_generated_id_that_is_no_field_of_the_command_is_refused() {
        assertThatThrownBy(() -> post("/api/cases/{caseId}/appointments", ScheduleAppointment.class, CASE_MANAGER).creating("apointmentId"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("apointmentId").hasMessageContaining("ScheduleAppointment");
    }

    @Test
    void a_route_whose_names_are_fields_of_the_command_is_accepted() {
        CommandRoute route = post("/api/cases/{caseId}/appointments", ScheduleAppointment.class, CASE_MANAGER).creating("appointmentId");

        assertThat(route.generatedId()).isEqualTo("appointmentId");
        assertThat(route.targetIdField()).isEqualTo("caseId");
    }
}
