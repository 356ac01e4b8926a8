package io.caseledger.app;

import io.caseledger.domain.appointment.AppointmentReminderSent;
import io.caseledger.domain.catalogue.EventCatalogue;
import io.caseledger.domain.contact.CaseNoteWritten;
import io.caseledger.projections.Projection;
import io.caseledger.projections.appointments.AppointmentScheduleProjection;
import io.caseledger.projections.caseload.CaseloadProjection;
import io.caseledger.projections.contacts.ContactLogProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.annotation.AnnotatedHandlerInspector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which catalogued events each projection's processing group takes, as Axon routes them (a built event
 * of every type offered to the group's handlers): a new case action either reaches the read models
 * that follow its feature or is declared left out, with the reason beside the declaration.
 */
class ProjectionsCoverCatalogueTest {

    /** Events of a feature a projection follows that it deliberately leaves out (the caseload's reasons are in its set). */
    private static final Map<String, Set<Class<? extends Record>>> LEFT_OUT = Map.of(
            CaseloadProjection.PROCESSING_GROUP, CaseloadProjection.NOT_ON_CASELOAD,
            // The schedule lists appointments and their outcomes; a reminder changes neither.
            AppointmentScheduleProjection.PROCESSING_GROUP, Set.of(AppointmentReminderSent.class),
            // The contact log times contacts; a note is not a contact.
            ContactLogProjection.PROCESSING_GROUP, Set.of(CaseNoteWritten.class));

    private final Map<String, Set<Class<?>>> taken = takenByGroup();

    @Test
    void every_catalogued_event_is_on_the_caseload_or_declared_not_on_it() {
        Set<Class<?>> caseload = taken.get(CaseloadProjection.PROCESSING_GROUP);
        List<String> undecided = EventCatalogue.entries().stream().map(EventCatalogue.Entry::type)
                .filter(type -> caseload.contains(type) == CaseloadProjection.NOT_ON_CASELOAD.contains(type))
                .map(Class::getSimpleName).toList();

        assertThat(undecided).as("events both taken by the caseload and listed as not on it, or neither").isEmpty();
    }

    @Test
    void a_projection_that_takes_an_event_of_a_feature_takes_all_of_that_feature_or_declares_which_not() {
        Map<String, List<String>> missed = new TreeMap<>();
        taken.forEach((group, types) -> {
            Set<Class<? extends Record>> leftOut = LEFT_OUT.getOrDefault(group, Set.of());
            Set<String> followed = EventCatalogue.entries().stream().filter(e -> types.contains(e.type()))
                    .map(EventCatalogue.Entry::feature).collect(Collectors.toSet());
            List<String> notTaken = EventCatalogue.entries().stream()
                    .filter(e -> followed.contains(e.feature()) && !types.contains(e.type()) && !leftOut.contains(e.type()))
                    .map(e -> e.type().getSimpleName()).toList();
            List<String> declaredButTaken = leftOut.stream().filter(types::contains).map(Class::getSimpleName).toList();
            if (!notTaken.isEmpty() || !declaredButTaken.isEmpty()) {
                missed.put(group, List.of("not taken: " + notTaken, "declared left out but taken: " + declaredButTaken));
            }
        });

        assertThat(missed).as("projections that follow a feature but miss some of its events").isEmpty();
    }

    /** Per processing group of the declared projections, the catalogued event types its handlers accept. */
    private static Map<String, Set<Class<?>>> takenByGroup() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Projection.class));
        Map<String, Set<Class<?>>> taken = scanner.findCandidateComponents("io.caseledger.projections").stream()
                .map(BeanDefinition::getBeanClassName).map(name -> ClassUtils.resolveClassName(name, null))
                .collect(Collectors.groupingBy(type -> type.getAnnotation(ProcessingGroup.class).value(), TreeMap::new,
                        Collectors.flatMapping(type -> EventCatalogue.entries().stream().map(EventCatalogue.Entry::type)
                                .filter(event -> takes(type, event)), Collectors.toSet())));
        assertThat(taken).as("projection groups found").containsKeys(LEFT_OUT.keySet().toArray(String[]::new));
        return taken;
    }

    private static boolean takes(Class<?> projection, Class<? extends Record> event) {
        var message = new GenericDomainEventMessage<>("Case", "cover-1", 0, new MarkedEvents().build(event));
        return AnnotatedHandlerInspector.inspectType(projection).getHandlers(projection).anyMatch(h -> h.canHandle(message));
    }
}
