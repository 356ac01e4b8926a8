package io.caseledger.app;

import io.caseledger.app.privacy.RecordTypes;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Instances of event records built by reflection, every text value (nested records and lists included)
 * a unique marker, each marker noted with its path and what the event classes say of it: personal
 * (sealed), or disclosed as it is (every component on its path {@link Disclosable}, the last as-is).
 */
final class MarkedEvents {

    record Marker(String value, String path, boolean personal, boolean disclosedAsIs) {
    }

    /** How many elements every collection gets: several, so an order that is not defined would show. */
    private static final int ELEMENTS = 3;

    private final List<Marker> markers = new ArrayList<>();
    private final String tail;

    MarkedEvents() {
        this("");
    }

    /** Every marker ends in {@code tail}, e.g. characters that JSON must escape. */
    MarkedEvents(String tail) {
        this.tail = tail;
    }

    List<Marker> markers() {
        return markers;
    }

    /** A unique text that no other marker contains. */
    String marker(String path, boolean personal, boolean disclosedAsIs) {
        String value = "mk" + (10_000 + markers.size()) + "x" + tail;
        markers.add(new Marker(value, path, personal, disclosedAsIs));
        return value;
    }

    <T> T build(Class<T> type) {
        return type.cast(record(type, type.getSimpleName(), false, true));
    }

    private Object record(Class<?> type, String path, boolean personal, boolean disclosed) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            Disclosable mark = c.getAnnotation(Disclosable.class);
            boolean sealed = personal || c.isAnnotationPresent(PersonalData.class);
            boolean nested = RecordTypes.elementType(c) != null;
            boolean asIs = disclosed && mark != null && (nested || mark.value() == Disclosable.As.IS);
            values[i] = value(c.getGenericType(), path + "." + c.getName(), sealed, asIs);
            types[i] = c.getType();
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        }
    }

    private Object value(Type generic, String path, boolean personal, boolean disclosedAsIs) {
        Class<?> raw = generic instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) generic;
        if (raw == String.class) {
            return marker(path, personal, disclosedAsIs);
        }
        if (raw.isRecord()) {
            return record(raw, path, personal, disclosedAsIs);
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (Collection.class.isAssignableFrom(raw)) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            // Distinct elements, enum constants last to first: a set given out of its natural order.
            Collection<Object> elements = Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
            for (int i = 0; i < ELEMENTS; i++) {
                elements.add(element instanceof Class<?> e && e.isEnum()
                        ? e.getEnumConstants()[Math.max(0, e.getEnumConstants().length - 1 - i)]
                        : value(element, path + "[" + i + "]", personal, disclosedAsIs));
            }
            return elements;
        }
        if (raw == LocalDate.class) {
            return LocalDate.of(2026, 1, 15);
        }
        if (raw == Instant.class) {
            return Instant.parse("2026-01-15T10:00:00Z");
        }
        if (raw == int.class || raw == Integer.class) {
            return 1;
        }
        if (raw == double.class || raw == Double.class) {
            return 1.5;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return true;
        }
        throw new IllegalStateException("no sample value for " + raw.getName() + " at " + path + ": add one here");
    }
}
