package io.caseledger.app.storage;

import io.caseledger.command.casefile.CaseSnapshot;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;

/**
 * Snapshots are a cache of the events, so a snapshot that is not exactly readable must never decide
 * anything, nor stop its case from loading: it is passed over and the case loads from its events. A
 * snapshot's stored revision is a fingerprint of its record's shape (component names and types, their
 * personal-data marks and enum constants, nested records included); only a {@link CaseSnapshot} of the
 * current shape that reads in full (opened, restorable) is used. Axon reads the chosen snapshot lazily,
 * after any error handling of its own, so a snapshot that failed there would fail every command on
 * its case: the filter reads it first.
 */
public final class SnapshotForms {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SnapshotForms.class);
    static final Class<?> CASE = CaseSnapshot.class;
    private static final String CASE_SHAPE = shapeOf(CASE);

    private SnapshotForms() {
    }

    /** The revision the serializer writes: the shape for a snapshot form, else what {@code fallback} says. */
    public static RevisionResolver revisions(RevisionResolver fallback) {
        return type -> type == CASE ? CASE_SHAPE : fallback.revisionOf(type);
    }

    /** An allow-list: a case snapshot of the current shape that reads in full with {@code serializer}. */
    static SnapshotFilter readable(Serializer serializer) {
        return data -> {
            SerializedType type = data.getPayload().getType();
            if (!CASE.getName().equals(type.getName()) || !CASE_SHAPE.equals(type.getRevision())) {
                return false;
            }
            try {
                return serializer.deserialize(data.getPayload()) instanceof CaseSnapshot snapshot && snapshot.restorable();
            } catch (RuntimeException e) {
                // The exception's message may quote stored values: only its type is logged.
                log.warn("A stored case snapshot does not read ({}); the case loads from its events", e.getClass().getSimpleName());
                return false;
            }
        };
    }

    static String shapeOf(Class<?> type) {
        StringBuilder description = new StringBuilder();
        describe(type, description, 0);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(description.toString().getBytes(StandardCharsets.UTF_8));
            return "shape-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void describe(Class<?> type, StringBuilder into, int depth) {
        if (type.isEnum()) {
            into.append(Arrays.toString(type.getEnumConstants()));
        }
        if (!type.isRecord() || depth > 6) {
            return;
        }
        into.append(type.getName()).append('(');
        for (RecordComponent component : type.getRecordComponents()) {
            into.append(component.getName()).append(':').append(component.getGenericType().getTypeName())
                    .append(component.isAnnotationPresent(PersonalData.class) ? ":personal" : "").append(';');
            Type generic = component.getGenericType();
            describe(component.getType(), into, depth + 1);
            if (Collection.class.isAssignableFrom(component.getType()) && generic instanceof ParameterizedType p
                    && p.getActualTypeArguments()[0] instanceof Class<?> element) {
                describe(element, into, depth + 1);
            }
        }
        into.append(')');
    }
}
