package io.caseledger.domain.catalogue;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hash chain and every export hash or print an event as serialized, so no collection in an event
 * may iterate in an order that is not defined. For every event type in the catalogue, every Set
 * component is given its elements in two different orders and must come back in their natural
 * order both times; a Map component is refused outright (no event needs one yet).
 */
class CollectionOrderTest {

    @TestFactory
    Stream<DynamicTest> every_set_in_every_event_iterates_in_natural_order() {
        return EventCatalogue.entries().stream().map(EventCatalogue.Entry::type).distinct()
                .map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> check(type)));
    }

    private static void check(Class<?> type) throws Exception {
        for (RecordComponent component : type.getRecordComponents()) {
            assertThat(Map.class.isAssignableFrom(component.getType()))
                    .as("%s.%s is a Map: give it a defined order first", type.getSimpleName(), component.getName()).isFalse();
            if (Set.class.isAssignableFrom(component.getType())) {
                List<Comparable<Object>> sorted = elementsOf(component.getGenericType());
                List<Comparable<Object>> reversed = new ArrayList<>(sorted);
                java.util.Collections.reverse(reversed);
                for (List<Comparable<Object>> order : List.of(reversed, sorted)) {
                    Object event = instance(type, component, new LinkedHashSet<>(order));
                    List<Object> back = new ArrayList<>((Collection<?>) component.getAccessor().invoke(event));
                    assertThat(back).as("%s.%s", type.getSimpleName(), component.getName())
                            .containsExactlyElementsOf(new ArrayList<Object>(sorted));
                }
            } else if (component.getType().isRecord()) {
                check(component.getType());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Comparable<Object>> elementsOf(Type setType) {
        Type element = ((ParameterizedType) setType).getActualTypeArguments()[0];
        if (element instanceof Class<?> c && c.isEnum()) {
            return Arrays.stream(c.getEnumConstants()).map(e -> (Comparable<Object>) e).toList();
        }
        if (element == String.class) {
            return Stream.of("a", "b", "c").map(s -> (Comparable<Object>) (Object) s).toList();
        }
        throw new AssertionError("no sample elements for a set of " + element + ": extend this test");
    }

    /** The record with {@code values} in {@code set} and the simplest value everywhere else. */
    private static Object instance(Class<?> type, RecordComponent set, Set<?> values) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> c = components[i].getType();
            arguments[i] = components[i].equals(set) ? values
                    : c == boolean.class ? false : c == int.class ? 0 : c == long.class ? 0L : c == double.class ? 0.0
                    : Set.class.isAssignableFrom(c) ? new HashSet<>(elementsOf(components[i].getGenericType())) : null;
        }
        var constructor = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
        return constructor.newInstance(arguments);
    }
}
