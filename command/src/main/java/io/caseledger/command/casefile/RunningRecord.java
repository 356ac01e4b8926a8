package io.caseledger.command.casefile;

import io.caseledger.domain.contact.CaseNoteWritten;
import io.caseledger.domain.contact.ContactRecorded;
import io.caseledger.domain.contact.RecordContact;
import io.caseledger.domain.contact.WriteCaseNote;
import io.caseledger.domain.correction.*;
import io.caseledger.domain.shared.CommandRejected;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;

import io.caseledger.domain.catalogue.EventCatalogue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The case's running record: contacts and notes, and corrections of anything recorded. It indexes
 * every event of the case by id, so a correction can only name an entry of this case, and only
 * fields that entry really has.
 */
class RunningRecord {

    private static final Map<String, Class<?>> CATALOGUED = EventCatalogue.entries().stream()
            .collect(Collectors.toMap(e -> e.type().getSimpleName(), EventCatalogue.Entry::type));

    private final Case owner;
    private final Map<String, Class<?>> entries = new HashMap<>();
    private final Set<String> enteredInError = new HashSet<>();

    RunningRecord(Case owner) {
        this.owner = owner;
    }

    @CommandHandler
    void handle(RecordContact c) {
        owner.requireOpen();
        apply(new ContactRecorded(c.caseId(), c.contactId(), c.mode(), c.outcome(), c.occurredAt(), c.durationMinutes(), c.note()));
    }

    @CommandHandler
    void handle(WriteCaseNote c) {
        owner.requireOpen();
        apply(new CaseNoteWritten(c.caseId(), c.noteId(), c.text()));
    }

    /** Allowed on closed cases too: the record must be right even after the case ends. */
    @CommandHandler
    void handle(CorrectEntry c) {
        Class<?> type = correctable(c.correctedEventId());
        Set<String> fields = new HashSet<>();
        Arrays.stream(type.getRecordComponents()).forEach(rc -> fields.add(rc.getName()));
        for (int i = 0; i < c.corrections().size(); i++) {
            String field = c.corrections().get(i).field();
            if (!fields.contains(field) || field.endsWith("Id")) {
                throw CommandRejected.invalid("corrections[" + i + "].field", "is not a correctable field of that entry");
            }
        }
        apply(new EntryCorrected(c.caseId(), c.correctedEventId(), type.getSimpleName(), c.corrections(), c.reason()));
    }

    @CommandHandler
    void handle(MarkEnteredInError c) {
        Class<?> type = correctable(c.eventId());
        apply(new EntryMarkedEnteredInError(c.caseId(), c.eventId(), type.getSimpleName(), c.reason()));
    }

    private Class<?> correctable(String eventId) {
        Class<?> type = entries.get(eventId);
        if (type == null) {
            throw CommandRejected.notFound("entry-not-found", "The case has no entry with that id.");
        }
        if (enteredInError.contains(eventId)) {
            throw CommandRejected.conflict("already-entered-in-error", "That entry is already marked as entered in error.");
        }
        if (type == EntryCorrected.class || type == EntryMarkedEnteredInError.class) {
            throw CommandRejected.rule("correction-not-correctable", "Corrections are not corrected; correct the original entry again.");
        }
        return type;
    }

    List<CaseSnapshot.Entry> entryStates() {
        return CaseSnapshot.sorted(entries.entrySet().stream()
                .map(e -> new CaseSnapshot.Entry(e.getKey(), e.getValue().getSimpleName())).toList(), CaseSnapshot.Entry::eventId);
    }

    List<String> enteredInError() {
        return CaseSnapshot.sorted(enteredInError);
    }

    static boolean catalogues(String type) {
        return CATALOGUED.containsKey(type);
    }

    /** Entry types are kept by their catalogue names, which never change: they are the stored event types too. */
    void restore(CaseSnapshot snapshot) {
        entries.clear();
        snapshot.entries().forEach(e -> entries.put(e.eventId(), Optional.ofNullable(CATALOGUED.get(e.type()))
                .orElseThrow(() -> new IllegalStateException("a snapshot names an uncatalogued event type"))));
        enteredInError.clear();
        enteredInError.addAll(snapshot.enteredInError());
    }

    /** Every event of the case, whoever else handles it, is indexed here (a snapshot is not an entry). */
    @EventSourcingHandler
    void on(Object event, @MessageIdentifier String eventId) {
        if (event instanceof CaseSnapshot) {
            return;
        }
        entries.put(eventId, event.getClass());
        if (event instanceof EntryMarkedEnteredInError marked) {
            enteredInError.add(marked.eventId());
        }
    }
}
