package io.caseledger.app.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.caseledger.domain.contact.CaseNoteWritten;
import io.caseledger.domain.shared.StreamType;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The stamp hashes the payload in the form the store writes, and the store writes that very form. */
class HashChainStampTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    private final CountingSerializer eventSerializer = new CountingSerializer(JacksonSerializer.builder().objectMapper(json).build());

    @Test
    void aStampedEventIsSerializedOnceForTheChainAndTheStore() {
        DomainEventMessage<?> event = new GenericDomainEventMessage<>(StreamType.CASE, "stamp-1", 0,
                new CaseNoteWritten("stamp-1", "note-1", "A note"));
        EventMessage<?> stamped = new HashChainStamp(json, null, eventSerializer).interceptor().handle(List.of(event)).apply(0, event);

        SerializedObject<String> stored = stamped.serializePayload(eventSerializer, String.class);

        assertThat(eventSerializer.serialized).as("serializations of the payload").hasValue(1);
        assertThat(stored.getData()).isEqualTo(eventSerializer.delegate.serialize(event.getPayload(), String.class).getData());
        assertThat(stamped.getMetaData()).containsKeys(ChainLink.HASH, ChainLink.PREVIOUS_HASH);
        assertThat(stamped.getIdentifier()).isEqualTo(event.getIdentifier());
        assertThat(((DomainEventMessage<?>) stamped).getSequenceNumber()).isZero();
        assertThat(stamped.andMetaData(java.util.Map.of("more", "x")).serializePayload(eventSerializer, String.class).getData())
                .as("metadata added later keeps the form").isEqualTo(stored.getData());
        assertThat(eventSerializer.serialized).hasValue(1);
    }

    /** The event serializer, counting how often it serializes. */
    private static final class CountingSerializer implements Serializer {

        private final JacksonSerializer delegate;
        private final AtomicInteger serialized = new AtomicInteger();

        CountingSerializer(JacksonSerializer delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
            serialized.incrementAndGet();
            return delegate.serialize(object, expectedRepresentation);
        }

        @Override
        public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
            return delegate.canSerializeTo(expectedRepresentation);
        }

        @Override
        public <S, T> T deserialize(SerializedObject<S> serializedObject) {
            return delegate.deserialize(serializedObject);
        }

        @Override
        public Class classForType(SerializedType type) {
            return delegate.classForType(type);
        }

        @Override
        public SerializedType typeForClass(Class type) {
            return delegate.typeForClass(type);
        }

        @Override
        public Converter getConverter() {
            return delegate.getConverter();
        }
    }
}
