package io.caseledger.app.web.commands;

import io.caseledger.domain.shared.CommandRejected;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields a command record refuses to go without, found by asking its own validation (the compact
 * constructors) as a client reading 400 answers would: build it with every field left out, as an empty
 * JSON body is bound; while that is refused naming a missing field, the field is required and gets a
 * sample value (another sample when the one given is refused), until the record accepts. So the
 * description cannot drift from the rules. A field only some values of another field demand (a
 * witness for a verbal consent) is not required, unless the value is the one a body without that other
 * field gets (a location, as {@code virtual} is false when left out). Paths are dotted
 * ("details.name", "corrections[].field").
 */
final class RequiredFields {

    private static final int ATTEMPTS = 500;

    private final Class<? extends Record> command;
    /** The fields given a value so far, with the number of the sample each gets. */
    private final Map<String, Integer> given = new HashMap<>();
    private final Set<String> required = new LinkedHashSet<>();

    private RequiredFields(Class<? extends Record> command) {
        this.command = command;
    }

    static Set<String> of(Class<? extends Record> command) {
        return new RequiredFields(command).find();
    }

    private Set<String> find() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                build(command, command, "");
                return required;
            } catch (CommandRejected refused) {
                String field = refused.rejection().field();
                if (field == null) {
                    throw new IllegalStateException(command.getSimpleName() + " refuses every sample: " + refused.getMessage());
                }
                refusedField(field.replaceAll("\\[\\d+]", "[]"));
            }
        }
        throw new IllegalStateException("No valid sample of " + command.getSimpleName() + " found");
    }

    /** A missing field is required; a record refused as a whole gets one more of its fields; any other value is replaced. */
    private void refusedField(String path) {
        if (!given.containsKey(path) && !path.endsWith("[]")) {
            required.add(path);
            given.put(path, 0);
            return;
        }
        Class<?> type = typeAt(path);
        if (type != null && type.isRecord()) {
            Arrays.stream(type.getRecordComponents()).map(c -> path + "." + c.getName()).filter(p -> !given.containsKey(p))
                    .findFirst().ifPresentOrElse(p -> given.put(p, 0), () -> given.merge(path, 1, Integer::sum));
            return;
        }
        given.merge(path, 1, Integer::sum);
    }

    private Class<?> typeAt(String path) {
        Class<?> type = command;
        for (String step : path.split("\\.")) {
            String name = step.endsWith("[]") ? step.substring(0, step.length() - 2) : step;
            RecordComponent component = type == null || !type.isRecord() ? null : Arrays.stream(type.getRecordComponents())
                    .filter(c -> c.getName().equals(name)).findFirst().orElse(null);
            if (component == null) {
                return null;
            }
            type = step.endsWith("[]") ? elementType(component.getGenericType()) : component.getType();
        }
        return type;
    }

    private Object build(Class<?> type, Type generic, String path) {
        boolean absent = !path.isEmpty() && !path.endsWith("[]") && !given.containsKey(path);
        if (absent) {
            // A field left out of a body is bound as null, a primitive as false or 0.
            return type == boolean.class ? false : type.isPrimitive() ? defaultNumber(type) : null;
        }
        if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                String child = (path.isEmpty() ? "" : path + ".") + components[i].getName();
                values[i] = build(components[i].getType(), components[i].getGenericType(), child);
            }
            return construct(type, components, values);
        }
        if (Collection.class.isAssignableFrom(type)) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            int size = 1 + given.getOrDefault(path, 0);
            List<Object> values = new ArrayList<>(Collections.nCopies(size, build(elementType(generic), element, path + "[]")));
            return Set.class.isAssignableFrom(type) ? new LinkedHashSet<>(values) : values;
        }
        List<?> candidates = candidates(type);
        int index = given.getOrDefault(path, 0);
        if (index >= candidates.size()) {
            throw new IllegalStateException("No sample of " + path + " in " + command.getSimpleName() + " is accepted");
        }
        return candidates.get(index);
    }

    private static Class<?> elementType(Type collection) {
        Type element = ((ParameterizedType) collection).getActualTypeArguments()[0];
        return element instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) element;
    }

    private static Object defaultNumber(Class<?> type) {
        return type == int.class ? 0 : type == long.class ? 0L : 0.0;
    }

    private static List<?> candidates(Class<?> type) {
        LocalDate today = LocalDate.now();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        if (type == String.class) {
            return List.of("a1");
        }
        if (type == boolean.class || type == Boolean.class) {
            return List.of(true, false);
        }
        if (type == int.class || type == Integer.class) {
            return List.of(1);
        }
        if (type == long.class || type == Long.class) {
            return List.of(1L);
        }
        if (type == double.class || type == Double.class) {
            return List.of(1.0);
        }
        if (type == LocalDate.class) {
            return List.of(today.minusDays(1), today.plusDays(30));
        }
        if (type == Instant.class) {
            return List.of(now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.DAYS));
        }
        if (type.isEnum()) {
            return Arrays.asList(type.getEnumConstants());
        }
        throw new IllegalStateException("No sample for a field of type " + type.getName());
    }

    private static Object construct(Class<?> type, RecordComponent[] components, Object[] values) {
        try {
            var constructor = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
