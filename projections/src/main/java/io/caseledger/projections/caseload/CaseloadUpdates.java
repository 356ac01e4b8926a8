package io.caseledger.projections.caseload;

import io.caseledger.domain.scope.CaseScope;
import io.caseledger.domain.scope.TeamRoster;
import io.caseledger.domain.scope.Viewer;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/**
 * Tells live subscribers that a caseload row changed, after the projection wrote it. Axon emits the
 * update when the event's unit of work commits, so a subscriber never re-reads a half-applied event.
 */
@Component
public class CaseloadUpdates {

    private final QueryUpdateEmitter emitter;
    private final TeamRoster roster;

    public CaseloadUpdates(QueryUpdateEmitter emitter, TeamRoster roster) {
        this.emitter = emitter;
        this.roster = roster;
    }

    void changed(String caseId, String caseManagerId) {
        // Scope is checked again per subscriber: an update reaches only viewers who may read that caseload.
        emitter.<CaseloadChanged>emit(subscription -> subscription.getPayload() instanceof WatchCaseload watch
                        && watch.caseManagerId().equals(caseManagerId)
                        && Viewer.of(subscription.getMetaData()).map(v -> CaseScope.canReadCaseload(v, caseManagerId, roster)).orElse(false),
                new CaseloadChanged(caseManagerId, caseId));
    }
}
