package io.caseledger.command.casefile;

import io.caseledger.domain.enrolment.ClientEnrolled;
import io.caseledger.domain.enrolment.EnrolClient;
import io.caseledger.domain.enrolment.InsuranceStatus;
import io.caseledger.domain.enrolment.PersonalDetails;
import io.caseledger.domain.shared.CommandRejected;
import io.caseledger.domain.shared.Rejection;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static io.caseledger.command.Refusals.invalidField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnrolmentRulesTest {

    private static final Clock ON_MARCH_1 = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    private static final PersonalDetails ADA = new PersonalDetails("Ada", "Lovelace", LocalDate.of(1980, 12, 10));
    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = CaseFixtures.newFixture();
    }

    private static EnrolClient enrol(String caseId) {
        return new EnrolClient(caseId, ADA, "cm-1", "es", true, InsuranceStatus.UNINSURED, LocalDate.of(2026, 1, 5));
    }

    @Test
    void enrolling_a_new_case_records_the_client_and_case_manager() {
        fixture.givenNoPriorActivity()
                .when(enrol("case-1"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ClientEnrolled("case-1", ADA, "cm-1", "es", true,
                        InsuranceStatus.UNINSURED, LocalDate.of(2026, 1, 5)));
    }

    @Test
    void a_case_cannot_be_enrolled_twice() {
        fixture.given(new ClientEnrolled("case-1", ADA, "cm-1", "es", true, InsuranceStatus.UNINSURED, LocalDate.of(2026, 1, 5)))
                .when(enrol("case-1"))
                .expectNoEvents()
                .expectException(CommandRejected.class)
                .expectExceptionDetails(new Rejection(Rejection.Kind.CONFLICT, "case-already-enrolled", null,
                        "The case is already enrolled."));
    }

    @Test
    void a_command_without_a_family_name_is_refused_naming_the_field() {
        assertThatThrownBy(() -> new EnrolClient("case-1", new PersonalDetails("Ada", " ", ADA.dateOfBirth()),
                "cm-1", null, false, null, null))
                .isInstanceOfSatisfying(CommandRejected.class,
                        e -> assertThat(e.rejection().field()).isEqualTo("client.familyName"));
    }

    @Test
    void a_birth_date_in_the_future_is_refused() {
        CaseFixtures.newFixture(ON_MARCH_1).givenNoPriorActivity()
                .when(new EnrolClient("case-1", new PersonalDetails("Ada", "L", LocalDate.of(2026, 3, 5)), "cm-1", null, false, null, null))
                .expectNoEvents().expectExceptionDetails(invalidField("client.dateOfBirth"));
    }

    /** "Today" is the application's clock, the one every handler is given, not the machine's. */
    @Test
    void an_enrolment_date_after_today_by_the_applications_clock_is_refused() {
        CaseFixtures.newFixture(ON_MARCH_1).givenNoPriorActivity()
                .when(new EnrolClient("case-1", ADA, "cm-1", null, false, null, LocalDate.of(2026, 3, 5)))
                .expectNoEvents().expectExceptionDetails(invalidField("enrolledOn"));
    }

    @Test
    void an_enrolment_without_a_date_is_dated_today_by_the_applications_clock() {
        CaseFixtures.newFixture(ON_MARCH_1).givenNoPriorActivity()
                .when(new EnrolClient("case-1", ADA, "cm-1", null, false, null, null))
                .expectEvents(new ClientEnrolled("case-1", ADA, "cm-1", "en", false, InsuranceStatus.UNKNOWN, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void case_ids_that_could_carry_free_text_are_refused() {
        assertThatThrownBy(() -> new EnrolClient("Ada Lovelace's case", ADA, "cm-1", null, false, null, null))
                .isInstanceOfSatisfying(CommandRejected.class,
                        e -> assertThat(e.rejection().field()).isEqualTo("caseId"));
    }

    @Test
    void defaults_fill_language_and_insurance() {
        EnrolClient command = new EnrolClient("case-2", ADA, "cm-1", null, false, null, null);
        assertThat(command.preferredLanguage()).isEqualTo("en");
        assertThat(command.insuranceStatus()).isEqualTo(InsuranceStatus.UNKNOWN);
    }
}
