package io.caseledger.app.web;

import io.caseledger.app.operations.ProjectionAdmin;
import io.caseledger.app.security.StaffDirectory;
import io.caseledger.projections.caseload.CaseloadProjection;
import io.caseledger.projections.contacts.ContactLogProjection;
import io.caseledger.query.team.FindTeam;
import io.caseledger.query.team.Team;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** A team's view (who may read it is decided on the query bus), for the API and the team dashboard. */
@Component
public class Teams {

    private final QueryGateway queries;
    private final StaffDirectory staff;
    private final ProjectionAdmin projections;

    Teams(QueryGateway queries, StaffDirectory staff, ProjectionAdmin projections) {
        this.queries = queries;
        this.staff = staff;
        this.projections = projections;
    }

    public ReadAnswer<Team> find(String team) {
        Team view = queries.query(new FindTeam(team), ResponseTypes.instanceOf(Team.class)).join();
        TeamController.checkTeam(team, staff);
        return withRebuilding(view);
    }

    /** As {@link #find}, asked for the viewer in {@code viewer} (from a thread with no signed-in user). */
    public ReadAnswer<Team> find(String team, MetaData viewer) {
        return withRebuilding(queries.query(new GenericMessage<>(new FindTeam(team), viewer), ResponseTypes.instanceOf(Team.class)).join());
    }

    private ReadAnswer<Team> withRebuilding(Team view) {
        return ReadAnswer.of(view, projections, CaseloadProjection.PROCESSING_GROUP, ContactLogProjection.PROCESSING_GROUP);
    }
}
