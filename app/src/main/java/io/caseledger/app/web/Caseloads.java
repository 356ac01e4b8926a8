package io.caseledger.app.web;

import io.caseledger.app.operations.ProjectionAdmin;
import io.caseledger.app.security.StaffDirectory;
import io.caseledger.projections.caseload.CaseloadProjection;
import io.caseledger.query.caseload.Alert;
import io.caseledger.query.caseload.Caseload;
import io.caseledger.query.caseload.CaseloadSort;
import io.caseledger.query.caseload.FindCaseload;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** A page of a case manager's open cases from its request parameters, for the API and the caseload page. */
@Component
public class Caseloads {

    private final QueryGateway queries;
    private final StaffDirectory staff;
    private final ProjectionAdmin projections;

    Caseloads(QueryGateway queries, StaffDirectory staff, ProjectionAdmin projections) {
        this.queries = queries;
        this.staff = staff;
        this.projections = projections;
    }

    /** The query the parameters ask for: paged by {@code limit}/{@code cursor}, in {@code sort} order, only one {@code alert} kind. */
    public static FindCaseload query(String caseManagerId, String limit, String cursor, String sort, String alert) {
        CaseloadSort order = RequestParams.choice("sort", sort, CaseloadSort.CLIENT_NAME, CaseloadSort::of, "clientName, enrolledOn or lastContact");
        Alert.Kind kind = RequestParams.choice("alert", alert, null, v -> RequestParams.named(Alert.Kind.class, v), "an alert kind such as NO_RECENT_CONTACT");
        return new FindCaseload(caseManagerId, order, kind, RequestParams.page(limit, cursor, order.parameter()));
    }

    public ReadAnswer<Caseload> find(FindCaseload query) {
        // The query bus decides scope first, so whether someone is a case manager is not disclosed to the unscoped.
        Caseload caseload = queries.query(query, ResponseTypes.instanceOf(Caseload.class)).join();
        staff.requireCaseManager(query.caseManagerId());
        return ReadAnswer.of(caseload, projections, CaseloadProjection.PROCESSING_GROUP);
    }
}
