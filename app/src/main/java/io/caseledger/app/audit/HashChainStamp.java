package io.caseledger.app.audit;

import io.caseledger.app.support.RecentlyUsed;
import org.axonframework.serialization.Serializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.Message;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Stamps {@code previousHash} and {@code hash} on every case event as it is published, before it is
 * stored, so the chain is part of the record itself. The previous link comes from this unit of work
 * (several events of one command), else from a cache of committed heads, else from the store; the
 * cache learns a head only after its unit of work commits, so a refused or conflicting command can
 * never leave a phantom link behind.
 */
@Component
public class HashChainStamp {

    private static final String IN_FLIGHT = HashChainStamp.class.getName() + ".inFlight";
    private static final int CACHED_HEADS = 10_000;

    private final ObjectMapper json;
    private final EventStore eventStore;
    private final Map<String, Head> committed = RecentlyUsed.map(CACHED_HEADS);

    private final Serializer eventSerializer;

    HashChainStamp(@Qualifier("defaultAxonObjectMapper") ObjectMapper json, EventStore eventStore,
                   @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.json = json;
        this.eventSerializer = eventSerializer;
        this.eventStore = eventStore;
    }

    /** Registered on the store itself, last of all, by {@code EventStoreInterceptors}. */
    public MessageDispatchInterceptor<EventMessage<?>> interceptor() {
        return this::handle;
    }

    record Head(long sequence, String hash) {
    }

    private BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> message instanceof DomainEventMessage<?> event && event.getAggregateIdentifier() != null
                ? stamp(event)
                : message;
    }

    @SuppressWarnings("unchecked")
    private EventMessage<?> stamp(DomainEventMessage<?> event) {
        String caseId = event.getAggregateIdentifier();
        Map<String, Head> inFlight = inFlightHeads();
        String previous = previousHash(caseId, event.getSequenceNumber(), inFlight);
        SerializedObject<JsonNode> stored = StoredPayload.form(event, eventSerializer);
        ChainLink link = new ChainLink(caseId, event.getSequenceNumber(), event.getPayloadType().getName(),
                event.getTimestamp(), stored.getData(), json.valueToTree(event.getMetaData()), previous);
        String hash = link.hash(json);
        inFlight.put(caseId, new Head(event.getSequenceNumber(), hash));
        Message<?> stamped = new GenericMessage<>(event.getIdentifier(), (Class<Object>) event.getPayloadType(), event.getPayload(),
                event.getMetaData().mergedWith(Map.of(ChainLink.PREVIOUS_HASH, previous, ChainLink.HASH, hash)));
        return new GenericDomainEventMessage<>(event.getType(), caseId, event.getSequenceNumber(),
                new SerializedOnce<>((Message<Object>) stamped, eventSerializer, stored), event.getTimestamp());
    }

    private String previousHash(String caseId, long sequence, Map<String, Head> inFlight) {
        if (sequence == 0) {
            return ChainLink.GENESIS;
        }
        for (Head head : new Head[]{inFlight.get(caseId), committed.get(caseId)}) {
            if (head != null && head.sequence() == sequence - 1) {
                return head.hash();
            }
        }
        return eventStore.readEvents(caseId, sequence - 1).asStream()
                .findFirst()
                .map(e -> (String) e.getMetaData().get(ChainLink.HASH))
                .orElseThrow(() -> new IllegalStateException("previous event of a case stream is missing"));
    }

    private Map<String, Head> inFlightHeads() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new HashMap<>();
        }
        UnitOfWork<?> uow = CurrentUnitOfWork.get().root();
        return uow.getOrComputeResource(IN_FLIGHT, key -> {
            Map<String, Head> heads = new HashMap<>();
            uow.afterCommit(u -> committed.putAll(heads));
            return heads;
        });
    }
}
