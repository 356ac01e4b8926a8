package io.caseledger.app;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.caseledger.domain.catalogue.EventCatalogue;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import io.caseledger.app.privacy.PersonalDataCipher;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event type (a domain record with a @Revision) is listed in the catalogue, and nothing else is. */
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
