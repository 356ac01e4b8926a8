package io.caseledger.app.storage;

import io.caseledger.command.casefile.CaseSnapshot;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.RevisionResolver;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;

/**
 * Snapshots are a cache of the events, so an old one must never be read into a new shape: a field the
 * case gained would read as empty and the case would decide on it. A snapshot's stored revision is a
 * fingerprint of its record's shape (component names and types, nested records included), and only a
 * snapshot of the current shape is read; any other is passed over, and the case loads from its events.
 */
public final class SnapshotForms {

    /** The snapshot forms of this application's aggregates. */
    static final Class<?> CASE = CaseSnapshot.class;
    private static final String CASE_SHAPE = shapeOf(CASE);

    private SnapshotForms() {
    }

    /** The revision the serializer writes: the shape for a snapshot form, else what {@code fallback} says. */
    public static RevisionResolver revisions(RevisionResolver fallback) {
        return type -> type == CASE ? CASE_SHAPE : fallback.revisionOf(type);
    }

    /** Reads a case snapshot only when it has the current shape. */
    static SnapshotFilter currentShapeOnly() {
        return data -> !CASE.getName().equals(data.getPayload().getType().getName())
                || CASE_SHAPE.equals(data.getPayload().getType().getRevision());
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
        if (!type.isRecord() || depth > 6) {
            return;
        }
        into.append(type.getName()).append('(');
        for (RecordComponent component : type.getRecordComponents()) {
            into.append(component.getName()).append(':').append(component.getGenericType().getTypeName()).append(';');
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
