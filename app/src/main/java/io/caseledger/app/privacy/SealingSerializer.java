package io.caseledger.app.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The event serializer: Axon's Jackson serializer, with the personal fields of a payload sealed under
 * its client's key on the way to the store and opened on the way back. Everything without personal
 * fields (metadata, most events) passes straight through. The same serializer serves the embedded
 * store and Axon Server, so events are sealed at rest in either.
 */
public class SealingSerializer implements Serializer {

    private final JacksonSerializer delegate;
    private final PersonalDataCipher cipher;
    private final SubjectKeys keys;

    public SealingSerializer(JacksonSerializer delegate, PersonalDataCipher cipher, SubjectKeys keys) {
        this.delegate = delegate;
        this.cipher = cipher;
        this.keys = keys;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (object == null || !cipher.hasPersonalData(object.getClass())) {
            return delegate.serialize(object, expectedRepresentation);
        }
        String subject = cipher.subjectOf(object);
        JsonNode sealed = cipher.seal(delegate.getObjectMapper().valueToTree(object), object.getClass(), subject,
                keys.forSealing(subject));
        SerializedObject<JsonNode> serialized = new SimpleSerializedObject<>(sealed, JsonNode.class, typeForClass(object.getClass()));
        return getConverter().convert(serialized, expectedRepresentation);
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        Class<?> type = classForType(serializedObject.getType());
        if (SerializedType.emptyType().equals(serializedObject.getType()) || !cipher.hasPersonalData(type)) {
            return delegate.deserialize(serializedObject);
        }
        JsonNode tree = getConverter().convert(serializedObject, JsonNode.class).getData();
        String subject = tree.path("caseId").asText(null);
        JsonNode opened = cipher.open(tree, type, subject == null ? java.util.Optional.empty() : keys.find(subject));
        try {
            return (T) delegate.getObjectMapper().treeToValue(opened, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new org.axonframework.serialization.SerializationException("cannot read an event payload of type " + type.getName(), e);
        }
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
