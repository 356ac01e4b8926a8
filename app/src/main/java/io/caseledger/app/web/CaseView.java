package io.caseledger.app.web;

import io.caseledger.app.audit.AccessRecorder;
import io.caseledger.app.audit.CaseRecord;
import io.caseledger.app.audit.CaseRecord.Cutoff;
import io.caseledger.app.security.Actor;
import io.caseledger.app.security.ReadScope;
import io.caseledger.domain.access.RecordView;
import io.caseledger.domain.shared.CommandRejected;
import io.caseledger.domain.shared.Role;
import io.caseledger.domain.summary.CaseSummary;
import io.caseledger.query.casesummary.FindCaseSummary;
import io.caseledger.query.casesummary.StoredCaseSummary;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * One case, now or at a point in time, for the API and the pages alike: scope checked, the read
 * recorded. Now is served from the case-summary projection when that is current (its version is the
 * store's head for the case), else folded from the event store: read-your-writes either way.
 */
@Component
public class CaseView {

    /** The case as a JSON document (stored text) or as folded; {@code source} says which. */
    public record Shown(Object body, String source) {
    }

    private final CaseRecord record;
    private final AccessRecorder access;
    private final ReadScope scope;
    private final QueryGateway queries;
    private final EventStore eventStore;

    CaseView(CaseRecord record, AccessRecorder access, ReadScope scope, QueryGateway queries, EventStore eventStore) {
        this.record = record;
        this.access = access;
        this.scope = scope;
        this.queries = queries;
        this.eventStore = eventStore;
    }

    public Shown show(String caseId, Cutoff cutoff) {
        Actor actor = Actor.require();
        if (!cutoff.isNow() && !(actor.is(Role.AUDITOR) || actor.is(Role.SUPERVISOR))) {
            throw new AccessDeniedException("Point-in-time views are for auditors and supervisors.");
        }
        if (cutoff.isNow()) {
            Optional<StoredCaseSummary> stored = current(caseId);
            if (stored.isPresent()) {
                access.record(caseId, RecordView.SUMMARY);
                return new Shown(stored.get().json(), "projection");
            }
        }
        CaseSummary summary = record.summary(caseId, cutoff)
                .orElseThrow(CommandRejected::noSuchCase);
        // Scope is judged on the case as it is now: who may see a case today may see its past.
        scope.requireCase(cutoff.isNow() ? summary : record.summary(caseId, Cutoff.NOW).orElseThrow());
        access.record(caseId, cutoff.isNow() ? RecordView.SUMMARY : RecordView.POINT_IN_TIME);
        return new Shown(summary, "event-store");
    }

    /** The stored summary if it has every event of the case (the query bus leaves out what is outside scope). */
    private Optional<StoredCaseSummary> current(String caseId) {
        Optional<Long> head = eventStore.lastSequenceNumberFor(caseId);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        return queries.query(new FindCaseSummary(caseId), ResponseTypes.optionalInstanceOf(StoredCaseSummary.class)).join()
                .filter(stored -> stored.version() == head.get());
    }
}
