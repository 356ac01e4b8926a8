package io.caseledger.app.web;

import io.caseledger.app.operations.ProjectionAdmin;
import io.caseledger.app.security.StaffDirectory;
import io.caseledger.projections.appointments.AppointmentScheduleProjection;
import io.caseledger.projections.caseload.CaseloadProjection;
import io.caseledger.query.appointments.AppointmentList;
import io.caseledger.query.appointments.AppointmentWindow;
import io.caseledger.query.appointments.FindCaseloadAppointments;
import io.caseledger.query.appointments.FindTeamAppointments;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Appointment schedules of a caseload and of a team: {@code window=today} (default), {@code week} or {@code missed}. */
@RestController
class AppointmentScheduleController {

    private final QueryGateway queries;
    private final StaffDirectory staff;
    private final ProjectionAdmin projections;

    AppointmentScheduleController(QueryGateway queries, StaffDirectory staff, ProjectionAdmin projections) {
        this.queries = queries;
        this.staff = staff;
        this.projections = projections;
    }

    @GetMapping("/api/caseloads/{caseManagerId}/appointments")
    ReadAnswer<AppointmentList> caseload(@PathVariable String caseManagerId, @RequestParam(required = false) String window,
                             @RequestParam(required = false) String limit, @RequestParam(required = false) String cursor) {
        AppointmentWindow w = window(window);
        FindCaseloadAppointments query = new FindCaseloadAppointments(caseManagerId, w, RequestParams.page(limit, cursor, w.parameter()));
        AppointmentList list = queries.query(query, ResponseTypes.instanceOf(AppointmentList.class)).join();
        staff.requireCaseManager(caseManagerId);
        return withRebuilding(list);
    }

    @GetMapping("/api/teams/{team}/appointments")
    ReadAnswer<AppointmentList> team(@PathVariable String team, @RequestParam(required = false) String window,
                         @RequestParam(required = false) String limit, @RequestParam(required = false) String cursor) {
        AppointmentWindow w = window(window);
        FindTeamAppointments query = new FindTeamAppointments(team, w, RequestParams.page(limit, cursor, w.parameter()));
        AppointmentList list = queries.query(query, ResponseTypes.instanceOf(AppointmentList.class)).join();
        TeamController.checkTeam(team, staff);
        return withRebuilding(list);
    }

    private static AppointmentWindow window(String value) {
        return RequestParams.choice("window", value, AppointmentWindow.TODAY, AppointmentWindow::of, "today, week or missed");
    }

    private ReadAnswer<AppointmentList> withRebuilding(AppointmentList list) {
        return ReadAnswer.of(list, projections, CaseloadProjection.PROCESSING_GROUP, AppointmentScheduleProjection.PROCESSING_GROUP);
    }
}
