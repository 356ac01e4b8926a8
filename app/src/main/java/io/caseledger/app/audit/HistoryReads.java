package io.caseledger.app.audit;

import io.caseledger.app.web.RequestRefused;
import io.caseledger.app.security.Actor;
import io.caseledger.app.security.ReadScope;
import io.caseledger.domain.catalogue.EventCatalogue;
import io.caseledger.domain.shared.Role;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A case's history as the caller may read it, filtered: the API's history and exports and the pages'
 * timeline and replay all read it here, so scope and filters are decided once.
 */
@Component
public class HistoryReads {

    /** Event types (catalogue names), stamped within [from, to], after a sequence, at most {@code limit}. */
    public record Filter(Set<String> types, Instant from, Instant to, long afterSequence, int limit) {
        public Filter {
            if (limit < 1 || limit > 1000) {
                throw RequestRefused.invalid("limit", "must be between 1 and 1000");
            }
            if (types != null && !EVENT_TYPES.containsAll(types)) {
                throw RequestRefused.invalid("type", "must name event types of the catalogue, such as CaseClosed");
            }
        }

        public static Filter all() {
            return new Filter(null, null, null, -1, 1000);
        }
    }

    /** Every readable event of the case, and the entries the filter picked ({@code more}: the limit cut some off). */
    public record Read(List<DomainEventMessage<?>> events, List<CaseHistory.Entry> shown, boolean more) {
    }

    static final Set<String> EVENT_TYPES = EventCatalogue.entries().stream()
            .map(e -> e.type().getSimpleName()).collect(Collectors.toUnmodifiableSet());

    private final CaseHistory history;
    private final ReadScope scope;

    HistoryReads(CaseHistory history, ReadScope scope) {
        this.history = history;
        this.scope = scope;
    }

    public Read read(String caseId, Filter filter) {
        List<DomainEventMessage<?>> events = readable(caseId);
        List<CaseHistory.Entry> page = events.stream()
                .filter(e -> e.getSequenceNumber() > filter.afterSequence())
                .filter(e -> filter.types() == null || filter.types().contains(e.getPayloadType().getSimpleName()))
                .filter(e -> filter.from() == null || !e.getTimestamp().isBefore(filter.from()))
                .filter(e -> filter.to() == null || CaseRecord.Cutoff.stampedBy(e, filter.to()))
                .limit(filter.limit() + 1L)
                .map(history::entry)
                .toList();
        boolean more = page.size() > filter.limit();
        return new Read(events, more ? page.subList(0, filter.limit()) : page, more);
    }

    /** The case's events, if it exists and the caller may read it (a case manager only their own). */
    public List<DomainEventMessage<?>> readable(String caseId) {
        List<DomainEventMessage<?>> events = history.events(caseId);
        if (events.isEmpty()) {
            throw RequestRefused.noSuchCase();
        }
        // ADMIN may verify any chain (hashes only); everyone else within their caseload scope.
        if (!Actor.require().is(Role.ADMIN)) {
            scope.requireCase(CaseRecord.fold(events, CaseRecord.Cutoff.NOW).orElseThrow());
        }
        return events;
    }
}
