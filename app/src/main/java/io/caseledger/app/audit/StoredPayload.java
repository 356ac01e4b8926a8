package io.caseledger.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * An event's payload in the form the event store keeps: personal fields sealed. For an event read
 * from the store this is the stored JSON itself (Axon hands back what it read, without re-serializing);
 * for a new event it is what the store will write: the stamp hands the store this very form
 * ({@link SerializedOnce}), and sealing is deterministic where a store serializes it again.
 */
final class StoredPayload {

    private StoredPayload() {
    }

    static JsonNode of(EventMessage<?> event, Serializer eventSerializer) {
        return form(event, eventSerializer).getData();
    }

    /** The same, as the serialized object the store can be handed (see {@link SerializedOnce}). */
    static SerializedObject<JsonNode> form(EventMessage<?> event, Serializer eventSerializer) {
        return event.serializePayload(eventSerializer, JsonNode.class);
    }
}
