package io.caseledger.command.casefile;

import io.caseledger.domain.catalogue.EventCatalogue;
import io.caseledger.domain.shared.StreamType;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;

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
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case restored from its snapshot and the events after it must be the case its whole history
 * builds, field for field (the members' back-references aside), wherever the snapshot was taken. The
 * history holds every case event of the catalogue three times, with three sets of ids and enum values, so every member and
 * every entity has state: a field a member gains without the snapshot carrying it fails here.
 */
class CaseSnapshotTest {

    private static final String CASE = "case-1";
    private static final AggregateModel<Case> MODEL = AnnotatedAggregateMetaModelFactory.inspectAggregate(Case.class);

    @Test
    void aCaseRestoredFromItsSnapshotEqualsTheCaseItsWholeHistoryBuilds() {
        List<DomainEventMessage<?>> history = history();
        Case whole = replay(history);
        for (int taken = 1; taken < history.size(); taken++) {
            Case prefix = replay(history.subList(0, taken));
            DomainEventMessage<?> snapshot = new GenericDomainEventMessage<>(StreamType.CASE, CASE, taken - 1, prefix.snapshot());
            assertSameState(replay(List.of(snapshot)), prefix, "the snapshot after " + taken + " events");
            List<DomainEventMessage<?>> restored = new ArrayList<>(List.of(snapshot));
            restored.addAll(history.subList(taken, history.size()));
            assertSameState(replay(restored), whole, "the snapshot after " + taken + " events and the rest");
        }
    }

    private static void assertSameState(Case actual, Case expected, String description) {
        assertThat(actual).as(description).usingRecursiveComparison()
                .ignoringFieldsMatchingRegexes("(.*\\.)?owner").ignoringCollectionOrder().isEqualTo(expected);
    }

    /** Else the comparison above would pass for a part (at any depth) that the history never fills. */
    @Test
    void theHistoryFillsEveryPartOfTheSnapshotAtSomePoint() {
        List<DomainEventMessage<?>> history = history();
        Set<String> filled = new TreeSet<>();
        for (int taken = 1; taken <= history.size(); taken++) {
            collect(replay(history.subList(0, taken)).snapshot(), "", filled);
        }
        Set<String> parts = new TreeSet<>();
        parts(CaseSnapshot.class, "", parts);
        assertThat(filled).containsAll(parts);
    }

    private static void collect(Object value, String path, Set<String> filled) {
        if (value == null || Boolean.FALSE.equals(value) || value instanceof Collection<?> c && c.isEmpty()) {
            return;
        }
        filled.add(path);
        if (value instanceof Collection<?> c) {
            c.forEach(element -> collect(element, path + "[]", filled));
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                collect(read(component, value), path + "." + component.getName(), filled);
            }
        }
    }

    private static void parts(Class<?> type, String path, Set<String> parts) {
        for (RecordComponent component : type.getRecordComponents()) {
            String at = path + "." + component.getName();
            parts.add(at);
            Type generic = component.getGenericType();
            if (component.getType().isRecord()) {
                parts(component.getType(), at, parts);
            } else if (Collection.class.isAssignableFrom(component.getType())
                    && ((ParameterizedType) generic).getActualTypeArguments()[0] instanceof Class<?> element) {
                parts.add(at + "[]");
                if (element.isRecord()) {
                    parts(element, at + "[]", parts);
                }
            }
        }
    }

    @Test
    void oneStateHasOneSnapshotForm() {
        List<DomainEventMessage<?>> history = history();
        assertThat(replay(history).snapshot()).isEqualTo(replay(history).snapshot());
    }

    @Test
    void aSnapshotIsNotAnEntryOfTheRecord() {
        List<DomainEventMessage<?>> history = history();
        Case prefix = replay(history.subList(0, 3));
        List<DomainEventMessage<?>> restored = List.of(new GenericDomainEventMessage<>(StreamType.CASE, CASE, 2, prefix.snapshot()));
        assertThat(replay(restored).snapshot().entries()).hasSize(3)
                .extracting(CaseSnapshot.Entry::eventId)
                .containsExactlyInAnyOrderElementsOf(history.subList(0, 3).stream().map(DomainEventMessage::getIdentifier).toList());
    }

    private static Case replay(List<DomainEventMessage<?>> events) {
        EventSourcedAggregate<Case> aggregate = EventSourcedAggregate.initialize(new Case(), MODEL, null,
                NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(events.stream()));
        return aggregate.getAggregateRoot();
    }

    /** Every case event of the catalogue, in catalogue order, three times, with ids "-1", "-2" and "-3". */
    private static List<DomainEventMessage<?>> history() {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int round = 1; round <= 3; round++) {
            for (EventCatalogue.Entry entry : EventCatalogue.entries()) {
                if (Set.of("resource", "access").contains(entry.feature())) {
                    continue;
                }
                events.add(new GenericDomainEventMessage<>(StreamType.CASE, CASE, events.size(), build(entry.type(), round)));
            }
        }
        return events;
    }

    private static Object build(Class<?> type, int round) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = value(components[i].getGenericType(), components[i].getName(), round);
            types[i] = components[i].getType();
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        }
    }

    private static Object value(Type generic, String name, int round) {
        Class<?> raw = generic instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) generic;
        if (raw == String.class) {
            return name.equals("caseId") ? CASE : name + "-" + round;
        }
        if (raw.isRecord()) {
            return build(raw, round);
        }
        if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            return constants[(round - 1) % constants.length];
        }
        if (Collection.class.isAssignableFrom(raw)) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            Collection<Object> elements = Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
            int size = element instanceof Class<?> c && c.isEnum() ? c.getEnumConstants().length : 9;
            for (int i = 0; i < size; i++) {
                elements.add(element instanceof Class<?> c && c.isEnum() ? c.getEnumConstants()[i] : value(element, name, round));
            }
            return elements;
        }
        if (raw == LocalDate.class) {
            return LocalDate.of(2026, 1, 10 + round);
        }
        if (raw == Instant.class) {
            return Instant.parse("2026-01-15T10:00:00Z").plusSeconds(round);
        }
        if (raw == int.class || raw == Integer.class) {
            return 3 + round;
        }
        if (raw == double.class || raw == Double.class) {
            return 1.5;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return round == 1;
        }
        throw new IllegalStateException("no sample value for " + raw.getName() + " in " + name + ": add one here");
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
