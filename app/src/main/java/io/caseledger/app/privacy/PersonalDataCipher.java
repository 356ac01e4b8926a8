package io.caseledger.app.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.caseledger.domain.shared.PersonalData;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Seals and opens the {@link PersonalData} fields of a payload's JSON tree, recursing into nested
 * records and lists of records. A sealed value is a string {@code sealed:v1:<base64(iv|ciphertext)>}
 * (AES-256-GCM). The IV is derived from the value and its path (HMAC-SHA-256 under a second half of
 * the subject's key), so sealing is deterministic: the form hashed into the chain when an event is
 * stamped is byte for byte the form stored, also where the store serializes the payload again (on
 * PostgreSQL it writes the stamp's own form, {@code SerializedOnce}; Axon Server's engine wraps the
 * serializer and serializes anew). The cost: equal values of one client's fields at the
 * same path produce equal ciphertexts (nothing is revealed across clients or fields).
 * Opening without a key yields {@link #ERASED} for text fields and null for any other type; a sealed
 * value that does not open (altered, or under another key) reads as {@link #UNREADABLE}.
 */
public class PersonalDataCipher {

    public static final String ERASED = PersonalData.ERASED;
    /** What a sealed text field reads as when it does not open: altered in the store (the chain says where). */
    public static final String UNREADABLE = "[unreadable]";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PersonalDataCipher.class);
    static final String PREFIX = "sealed:v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final ObjectMapper json;
    private final Map<Class<?>, Boolean> personal = new ConcurrentHashMap<>();

    public PersonalDataCipher(ObjectMapper json) {
        this.json = json;
    }

    /** Whether values of this type have personal fields (directly or in nested records). */
    public boolean hasPersonalData(Class<?> type) {
        return personal.computeIfAbsent(type, t -> scan(t, 0));
    }

    private boolean scan(Class<?> type, int depth) {
        if (!type.isRecord() || depth > 5) {
            return false;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.isAnnotationPresent(PersonalData.class)) {
                return true;
            }
            Class<?> nested = RecordTypes.elementType(component);
            if (nested != null && scan(nested, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** The subject whose key protects a payload: its {@code caseId}. */
    public String subjectOf(Object payload) {
        try {
            for (RecordComponent component : payload.getClass().getRecordComponents()) {
                if (component.getName().equals("caseId")) {
                    Object value = component.getAccessor().invoke(payload);
                    if (value != null) {
                        return value.toString();
                    }
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the subject of a payload", e);
        }
        throw new IllegalStateException("a payload with personal data must name its case: " + payload.getClass().getSimpleName());
    }

    public JsonNode seal(JsonNode tree, Class<?> type, String subject, byte[] key) {
        JsonNode copy = tree.deepCopy();
        walk(copy, type, "", (path, value) -> value.isNull() ? value : new TextNode(PREFIX + encrypt(key, path, value)));
        return copy;
    }

    /** Opens every sealed field; with no key (erased) they read as {@link #ERASED} or null. */
    public JsonNode open(JsonNode tree, Class<?> type, Optional<byte[]> key) {
        JsonNode copy = tree.deepCopy();
        walk(copy, type, "", (path, value) -> {
            if (!value.isTextual() || !value.textValue().startsWith(PREFIX)) {
                return value;
            }
            if (key.isEmpty()) {
                return null;
            }
            try {
                return decrypt(key.get(), path, value.textValue().substring(PREFIX.length()));
            } catch (IllegalStateException altered) {
                // Reads go on (the hash chain reports the alteration); the field shows as unreadable.
                log.warn("A sealed personal field at {} of a {} payload does not open", path, type.getSimpleName());
                return new TextNode(UNREADABLE);
            }
        });
        return copy;
    }

    private interface FieldOp {
        JsonNode apply(String path, JsonNode value);
    }

    private void walk(JsonNode node, Class<?> type, String path, FieldOp op) {
        if (!(node instanceof ObjectNode object) || !type.isRecord()) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            JsonNode value = object.get(name);
            if (value == null) {
                continue;
            }
            String at = path + "/" + name;
            if (component.isAnnotationPresent(PersonalData.class)) {
                JsonNode result = op.apply(at, value);
                object.set(name, result != null ? result
                        : component.getType() == String.class ? new TextNode(ERASED) : NullNode.getInstance());
                continue;
            }
            Class<?> nested = RecordTypes.elementType(component);
            if (nested == null) {
                continue;
            }
            if (value instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    walk(array.get(i), nested, at + "/" + i, op);
                }
            } else {
                walk(value, nested, at, op);
            }
        }
    }

    private String encrypt(byte[] key, String path, JsonNode value) {
        try {
            byte[] plain = json.writeValueAsBytes(value);
            byte[] iv = Arrays.copyOf(mac(key, path, plain), IV_BYTES);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, 0, 32, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(path.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("sealing a personal field failed", e);
        }
    }

    private JsonNode decrypt(byte[] key, String path, String text) {
        try {
            byte[] bytes = Base64.getDecoder().decode(text);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, 0, 32, "AES"), new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(path.getBytes(StandardCharsets.UTF_8));
            return json.readTree(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES));
        } catch (GeneralSecurityException | java.io.IOException | IllegalArgumentException e) {
            throw new IllegalStateException("opening a personal field failed (wrong key or altered value)", e);
        }
    }

    private static byte[] mac(byte[] key, String path, byte[] plain) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, 32, 32, "HmacSHA256"));
        mac.update(path.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return mac.doFinal(plain);
    }
}
