package io.caseledger.app;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.caseledger.domain.catalogue.EventCatalogue;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import io.caseledger.app.privacy.PersonalDataCipher;
import io.caseledger.app.privacy.RecordTypes;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.NotPersonal;
import io.caseledger.domain.shared.PersonalData;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event type (a domain record with a @Revision) is listed in the catalogue, and nothing else is;
 * and every field of them is decided: personal (sealed) or not, disclosable or withheld.
 */
class EventCatalogueTest {

    @Test
    void the_catalogue_lists_every_event_type() {
        Set<String> events = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.caseledger.domain").stream()
                .filter(c -> c.isAnnotatedWith(Revision.class))
                .map(JavaClass::getName)
                .collect(Collectors.toSet());
        Set<String> listed = EventCatalogue.entries().stream().map(e -> e.type().getName()).collect(Collectors.toSet());

        assertThat(events).isNotEmpty();
        assertThat(listed).isEqualTo(events);
        assertThat(EventCatalogue.entries()).allSatisfy(e -> assertThat(e.meaning()).isNotBlank());
    }

    /**
     * Free text about a client is personal data. Every text field of every event (nested records and
     * lists included) is therefore sealed, or says why it is not personal; identifiers ({@code ...Id})
     * are the only exception. A new text field fails here until someone decides which it is.
     */
    @Test
    void every_text_field_is_sealed_or_declared_not_personal_with_a_reason() {
        List<String> undecided = new ArrayList<>();
        List<String> contradictory = new ArrayList<>();
        for (RecordComponent component : allComponents()) {
            String name = component.getDeclaringRecord().getSimpleName() + "." + component.getName();
            boolean sealed = component.isAnnotationPresent(PersonalData.class);
            NotPersonal notPersonal = component.getAnnotation(NotPersonal.class);
            if (sealed && (notPersonal != null || component.isAnnotationPresent(Disclosable.class))) {
                contradictory.add(name);
            }
            boolean identifier = component.getName().equals("id") || component.getName().endsWith("Id");
            if (isText(component) && !identifier && !sealed && (notPersonal == null || notPersonal.value().isBlank())) {
                undecided.add(name);
            }
        }
        assertThat(undecided).as("text fields neither @PersonalData nor @NotPersonal(\"why\")").isEmpty();
        assertThat(contradictory).as("personal fields also declared not personal or disclosable").isEmpty();
    }

    /** A pseudonym is a keyed hash of a text: only text fields (identifiers) can be disclosed that way. */
    @Test
    void only_text_fields_are_disclosed_under_a_pseudonym() {
        assertThat(allComponents()).filteredOn(c -> c.isAnnotationPresent(Disclosable.class)
                        && c.getAnnotation(Disclosable.class).value() == Disclosable.As.PSEUDONYM)
                .isNotEmpty().allSatisfy(c -> assertThat(c.getType()).as(c.toString()).isEqualTo(String.class));
    }

    private static boolean isText(RecordComponent component) {
        return component.getType() == String.class || (Collection.class.isAssignableFrom(component.getType())
                && component.getGenericType() instanceof ParameterizedType generic
                && generic.getActualTypeArguments()[0] == String.class);
    }

    /** The components of every catalogue event and of every record nested in one. */
    private static List<RecordComponent> allComponents() {
        List<RecordComponent> all = new ArrayList<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        EventCatalogue.entries().forEach(e -> todo.add(e.type()));
        Set<Class<?>> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (seen.add(type)) {
                for (RecordComponent component : type.getRecordComponents()) {
                    all.add(component);
                    Class<?> nested = RecordTypes.elementType(component);
                    if (nested != null) {
                        todo.add(nested);
                    }
                }
            }
        }
        return all;
    }

    /** Crypto-shredding needs to know whose key seals a payload: every event with personal fields names its case. */
    @Test
    void every_event_with_personal_fields_names_the_case_whose_key_seals_them() {
        PersonalDataCipher cipher = new PersonalDataCipher(new com.fasterxml.jackson.databind.ObjectMapper());
        var personal = EventCatalogue.entries().stream().map(EventCatalogue.Entry::type).filter(cipher::hasPersonalData).toList();
        assertThat(personal).as("events with @PersonalData fields").contains(
                io.caseledger.domain.enrolment.ClientEnrolled.class, io.caseledger.domain.contact.CaseNoteWritten.class,
                io.caseledger.domain.correction.EntryCorrected.class);
        assertThat(personal).allSatisfy(type -> assertThat(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName))
                .as(type.getSimpleName()).contains("caseId"));
    }
}
