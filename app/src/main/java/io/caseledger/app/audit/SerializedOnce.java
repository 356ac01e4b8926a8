package io.caseledger.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDecorator;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.util.Map;

/**
 * An event whose payload the hash-chain stamp already serialized (and sealed) with the event
 * serializer: the store writes that form instead of serializing it a second time. Axon forgets a
 * message's serialized form when metadata is added, and the stamp adds the chain's metadata after
 * hashing the payload. It also makes the stored form the hashed form by construction.
 */
final class SerializedOnce<T> extends MessageDecorator<T> {

    private final Serializer serializer;
    private final SerializedObject<JsonNode> form;

    SerializedOnce(Message<T> delegate, Serializer serializer, SerializedObject<JsonNode> form) {
        super(delegate);
        this.serializer = serializer;
        this.form = form;
    }

    @Override
    public <S> SerializedObject<S> serializePayload(Serializer requested, Class<S> expectedRepresentation) {
        return requested == serializer
                ? serializer.getConverter().convert(form, expectedRepresentation)
                : super.serializePayload(requested, expectedRepresentation);
    }

    @Override
    public Message<T> withMetaData(Map<String, ?> metaData) {
        return new SerializedOnce<>(getDelegate().withMetaData(metaData), serializer, form);
    }

    @Override
    public Message<T> andMetaData(Map<String, ?> metaData) {
        return new SerializedOnce<>(getDelegate().andMetaData(metaData), serializer, form);
    }
}
