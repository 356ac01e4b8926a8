package io.caseledger.app.storage;

import io.caseledger.command.casefile.Case;
import io.caseledger.command.casefile.CaseSnapshot;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;

import java.util.List;
import java.util.Optional;

/**
 * Axon's snapshotter, storing a case as its {@link CaseSnapshot} value instead of the aggregate
 * object. An erased case gets no snapshot: nothing new may be sealed for its client, and it takes no
 * further command to load it for. Other aggregates are not snapshotted.
 */
public class CaseSnapshotter extends SpringAggregateSnapshotter {

    public CaseSnapshotter(Builder builder) {
        super(builder);
    }

    /** What the case's {@code events} (from its first) up to {@code sequence} make of it: what its snapshot there must say. */
    public Optional<CaseSnapshot> replayed(String caseId, List<? extends DomainEventMessage<?>> events, long sequence) {
        DomainEventMessage<?> whole = super.createSnapshot(Case.class, caseId,
                DomainEventStream.of(events.stream().takeWhile(event -> event.getSequenceNumber() <= sequence)));
        return whole != null && whole.getPayload() instanceof Case found ? Optional.of(found.snapshot()) : Optional.empty();
    }

    @Override
    protected DomainEventMessage createSnapshot(Class<?> aggregateType, String aggregateIdentifier, DomainEventStream eventStream) {
        DomainEventMessage<?> whole = super.createSnapshot(aggregateType, aggregateIdentifier, eventStream);
        if (whole == null || !(whole.getPayload() instanceof Case found)) {
            return null;
        }
        CaseSnapshot snapshot = found.snapshot();
        if (snapshot.erased()) {
            return null;
        }
        return new GenericDomainEventMessage<>(whole.getType(), whole.getAggregateIdentifier(), whole.getSequenceNumber(), snapshot);
    }
}
