package io.caseledger.app.audit;

import io.caseledger.app.privacy.PersonalDataCipher;
import io.caseledger.command.casefile.Case;
import org.axonframework.serialization.Serializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.caseledger.domain.correction.EntryCorrected;
import io.caseledger.domain.correction.EntryMarkedEnteredInError;
import io.caseledger.domain.shared.MetadataKeys;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** Reads a case's history straight from the event store: the record itself, not a projection of it. */
@Component
public class CaseHistory {

    private static final String CASE = Case.class.getSimpleName();

    private final EventStore eventStore;
    private final ObjectMapper json;

    private final Serializer eventSerializer;
    private final PersonalDataCipher cipher;

    CaseHistory(EventStore eventStore, @Qualifier("defaultAxonObjectMapper") ObjectMapper json,
                @Qualifier("eventSerializer") Serializer eventSerializer, PersonalDataCipher cipher) {
        this.eventStore = eventStore;
        this.cipher = cipher;
        this.eventSerializer = eventSerializer;
        this.json = json;
    }

    /**
     * One event as an auditor reads it; {@code metadata} is complete, the named fields are shortcuts.
     * {@code payload} is readable (personal fields unsealed); {@code storedPayload} is, for every event,
     * the JSON exactly as the event store holds it (personal fields sealed), parsed from the stored text
     * and never re-serialized from an object: the hash chain covers that form, so the chain verifies
     * offline and even after erasure.
     */
    public record Entry(String caseId, long sequence, String eventId, String type, String typeName, String timestamp,
                        String userId, String userRole, String reason, String correlationId, String causationId,
                        String corrects, Map<String, Object> payload, Map<String, Object> storedPayload,
                        Map<String, Object> metadata, String previousHash, String hash) {
    }

    /**
     * The events of a case's stream; none for an id that names something else, since community resources
     * and read-audit events share the store's id space with cases.
     */
    public List<DomainEventMessage<?>> events(String caseId) {
        List<DomainEventMessage<?>> events = stream(caseId);
        return events.isEmpty() || CASE.equals(events.get(0).getType()) ? events : List.of();
    }

    /** The events of any stream the hash chain covers, a case's or a community resource's; none for other ids. */
    public List<DomainEventMessage<?>> stream(String streamId) {
        try {
            return eventStore.readEvents(streamId, 0).asStream().<DomainEventMessage<?>>map(e -> e).toList();
        } catch (RuntimeException e) {
            if (StreamIds.namesNoAggregate(e)) {
                return List.of();
            }
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    public Entry entry(DomainEventMessage<?> event) {
        var meta = event.getMetaData();
        return new Entry(event.getAggregateIdentifier(), event.getSequenceNumber(), event.getIdentifier(),
                event.getPayloadType().getSimpleName(), event.getPayloadType().getName(),
                ChainLink.timestampText(event.getTimestamp()),
                text(meta.get(MetadataKeys.USER)), text(meta.get(MetadataKeys.ROLE)), text(meta.get(MetadataKeys.REASON)),
                text(meta.get(MetadataKeys.CORRELATION_ID)), text(meta.get(MetadataKeys.CAUSATION_ID)), corrects(event.getPayload()),
                json.convertValue(event.getPayload(), Map.class), stored(event), Map.copyOf(meta),
                text(meta.get(ChainLink.PREVIOUS_HASH)), text(meta.get(ChainLink.HASH)));
    }

    /** Recomputes the link of a stored event, with the previous hash the chain says it must follow. */
    public ChainLink link(DomainEventMessage<?> event, String previousHash) {
        return new ChainLink(event.getAggregateIdentifier(), event.getSequenceNumber(), event.getPayloadType().getName(),
                event.getTimestamp(), StoredPayload.of(event, eventSerializer), json.valueToTree(event.getMetaData()), previousHash);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> stored(DomainEventMessage<?> event) {
        return json.convertValue(StoredPayload.of(event, eventSerializer), Map.class);
    }

    public String hash(ChainLink link) {
        return link.hash(json);
    }

    /** For a correction or an entered-in-error marker: the id of the event it is about. */
    private static String corrects(Object payload) {
        if (payload instanceof EntryCorrected corrected) {
            return corrected.correctedEventId();
        }
        return payload instanceof EntryMarkedEnteredInError marked ? marked.eventId() : null;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
