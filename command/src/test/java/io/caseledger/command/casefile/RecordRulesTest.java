package io.caseledger.command.casefile;

import io.caseledger.domain.closure.CaseClosed;
import io.caseledger.domain.closure.ClosureReason;
import io.caseledger.domain.contact.*;
import io.caseledger.domain.correction.*;
import io.caseledger.domain.shared.CommandRejected;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.caseledger.command.Refusals.invalidField;
import static io.caseledger.command.Refusals.refusal;
import static io.caseledger.command.casefile.CaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Contacts, notes, and corrections that name the entry they correct and never change it. */
class RecordRulesTest {

    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
    private static final ContactRecorded CALL = new ContactRecorded(CASE, "k-1", ContactMode.PHONE, ContactOutcome.SUCCESSFUL, AT, 15, "Discussed meds");
    private FixtureConfiguration<Case> fixture;

    @BeforeEach
    void setUp() {
        fixture = CaseFixtures.newFixture();
    }

    private TestExecutor<Case> executor;

    /** Given these events; their ids, as the fixture's store assigned them, are then available through {@link #id}. */
    private RecordRulesTest history(Object... payloads) {
        executor = fixture.given(payloads);
        return this;
    }

    private String id(int sequence) {
        return fixture.getEventStore().readEvents(CASE).asStream().toList().get(sequence).getIdentifier();
    }

    private ResultValidator<Case> when(java.util.function.Function<RecordRulesTest, Object> command) {
        return executor.when(command.apply(this));
    }

    private static List<FieldCorrection> durationIs(String minutes) {
        return List.of(new FieldCorrection("durationMinutes", minutes));
    }

    @Test
    void a_contact_is_recorded_on_an_open_case() {
        fixture.given(enrolled("alice")).when(new RecordContact(CASE, "k-1", ContactMode.PHONE, ContactOutcome.SUCCESSFUL, AT, 15, "Discussed meds"))
                .expectEvents(CALL);
    }

    @Test
    void no_note_is_written_on_a_closed_case() {
        fixture.given(enrolled("alice"), new CaseClosed(CASE, ClosureReason.MOVED, null, LocalDate.of(2026, 3, 1)))
                .when(new WriteCaseNote(CASE, "n-1", "Called")).expectNoEvents().expectExceptionDetails(refusal("case-closed"));
    }

    @Test
    void a_correction_names_the_entry_its_fields_and_why() {
        history(enrolled("alice"), CALL)
                .when(t -> new CorrectEntry(CASE, t.id(1), durationIs("45"), "Typo: call lasted 45 minutes"))
                .expectEvents(new EntryCorrected(CASE, id(1), "ContactRecorded", durationIs("45"), "Typo: call lasted 45 minutes"));
    }

    @Test
    void a_field_the_entry_does_not_have_cannot_be_corrected() {
        history(enrolled("alice"), CALL)
                .when(t -> new CorrectEntry(CASE, t.id(1), List.of(new FieldCorrection("mood", "x")), "why"))
                .expectNoEvents().expectExceptionDetails(invalidField("corrections[0].field"));
    }

    @Test
    void an_identifier_of_the_entry_cannot_be_corrected() {
        history(enrolled("alice"), CALL)
                .when(t -> new CorrectEntry(CASE, t.id(1), List.of(new FieldCorrection("contactId", "k-2")), "why"))
                .expectNoEvents().expectExceptionDetails(invalidField("corrections[0].field"));
    }

    @Test
    void only_an_entry_of_this_case_can_be_corrected() {
        history(enrolled("alice"), CALL)
                .when(t -> new CorrectEntry(CASE, "no-such-event", durationIs("1"), "why"))
                .expectNoEvents().expectExceptionDetails(refusal("entry-not-found"));
    }

    @Test
    void corrections_are_allowed_after_closure() {
        history(enrolled("alice"), CALL, new CaseClosed(CASE, ClosureReason.GOALS_MET, null, LocalDate.of(2026, 3, 5)))
                .when(t -> new CorrectEntry(CASE, t.id(1), durationIs("45"), "late fix"))
                .expectEvents(new EntryCorrected(CASE, id(1), "ContactRecorded", durationIs("45"), "late fix"));
    }

    @Test
    void a_correction_is_not_corrected() {
        history(enrolled("alice"), CALL, new EntryCorrected(CASE, "some-event", "ContactRecorded", durationIs("45"), "fix"))
                .when(t -> new CorrectEntry(CASE, t.id(2), List.of(new FieldCorrection("reason", "x")), "again"))
                .expectNoEvents().expectExceptionDetails(refusal("correction-not-correctable"));
    }

    @Test
    void an_entry_is_marked_entered_in_error() {
        history(enrolled("alice"), CALL)
                .when(t -> new MarkEnteredInError(CASE, t.id(1), "Wrong client"))
                .expectEvents(new EntryMarkedEnteredInError(CASE, id(1), "ContactRecorded", "Wrong client"));
    }

    @Test
    void an_entry_is_marked_entered_in_error_only_once() {
        history(enrolled("alice"), CALL);
        String call = id(1);
        executor.andGivenCommands(new MarkEnteredInError(CASE, call, "Wrong client"))
                .when(new MarkEnteredInError(CASE, call, "again")).expectNoEvents()
                .expectExceptionDetails(refusal("already-entered-in-error"));
    }

    @Test
    void a_correction_needs_a_reason_and_at_least_one_field() {
        assertThatThrownBy(() -> new CorrectEntry(CASE, "e1", durationIs("1"), " "))
                .isInstanceOfSatisfying(CommandRejected.class, e -> assertThat(e.rejection().field()).isEqualTo("reason"));
        assertThatThrownBy(() -> new CorrectEntry(CASE, "e1", List.of(), "why"))
                .isInstanceOfSatisfying(CommandRejected.class, e -> assertThat(e.rejection().field()).isEqualTo("corrections"));
    }
}
