package io.caseledger.app.storage;

import io.caseledger.command.casefile.CaseSnapshot;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * A snapshot decides a case's next commands but stands outside the hash chain, so an auditor's check
 * of a case also replays its events up to its stored snapshot and compares. A snapshot that differs
 * (edited in the database) is deleted on the spot, so the case loads from its events again, and the
 * check says so. On Axon Server snapshots are not read here (no storage engine of ours to ask).
 */
@Component
public class SnapshotAudit {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SnapshotAudit.class);

    /** The stored snapshot's sequence, and whether the events up to it make the same case. */
    public record Result(long sequence, boolean matchesEvents) {
    }

    private final ObjectProvider<EventStorageEngine> engine;
    private final CaseSnapshotter snapshotter;
    private final ObjectProvider<StoredSnapshots> stored;

    SnapshotAudit(ObjectProvider<EventStorageEngine> engine, CaseSnapshotter snapshotter, ObjectProvider<StoredSnapshots> stored) {
        this.engine = engine;
        this.snapshotter = snapshotter;
        this.stored = stored;
    }

    /** Empty when the case has no snapshot it would load from; {@code events}: the case's, read from its first. */
    public Optional<Result> check(String caseId, List<? extends DomainEventMessage<?>> events) {
        EventStorageEngine storage = engine.getIfAvailable();
        Optional<DomainEventMessage<?>> snapshot = storage == null ? Optional.empty() : storage.readSnapshot(caseId);
        if (snapshot.isEmpty() || !(snapshot.get().getPayload() instanceof CaseSnapshot saved)) {
            return Optional.empty();
        }
        long sequence = snapshot.get().getSequenceNumber();
        boolean matches = snapshotter.replayed(caseId, events, sequence).map(saved::equals).orElse(false);
        if (!matches) {
            log.warn("A stored case snapshot does not match the case's events; it is deleted and the case loads from its events");
            stored.ifAvailable(snapshots -> snapshots.forget(caseId));
        }
        return Optional.of(new Result(sequence, matches));
    }
}
