package io.caseledger.projections.caseload;

import io.caseledger.domain.scope.CaseScope;
import io.caseledger.domain.scope.TeamRoster;
import io.caseledger.domain.scope.Viewer;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Tells live subscribers that a caseload row changed, after the projection wrote it. Axon emits the
 * update when the event's unit of work commits, so a subscriber never re-reads a half-applied event.
 */
@Component
public class CaseloadUpdates {

    private final QueryUpdateEmitter emitter;
    private final MongoCollection<Document> rows;

    private final TeamRoster roster;

    public CaseloadUpdates(QueryUpdateEmitter emitter, MongoDatabase database, TeamRoster roster) {
        this.emitter = emitter;
        this.roster = roster;
        this.rows = database.getCollection(CaseloadRow.COLLECTION);
    }

    void changed(String caseId) {
        Document row = rows.find(Filters.eq(CaseloadRow.CASE_ID, caseId)).projection(Projections.include(CaseloadRow.CASE_MANAGER)).first();
        if (row != null && row.getString(CaseloadRow.CASE_MANAGER) != null) {
            changed(caseId, row.getString(CaseloadRow.CASE_MANAGER));
        }
    }

    void changed(String caseId, String caseManagerId) {
        // Scope is checked again per subscriber: an update reaches only viewers who may read that caseload.
        emitter.<CaseloadChanged>emit(subscription -> subscription.getPayload() instanceof WatchCaseload watch
                        && watch.caseManagerId().equals(caseManagerId)
                        && Viewer.of(subscription.getMetaData()).map(v -> CaseScope.canReadCaseload(v, caseManagerId, roster)).orElse(false),
                new CaseloadChanged(caseManagerId, caseId));
    }
}
