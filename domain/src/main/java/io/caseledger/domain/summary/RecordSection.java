package io.caseledger.domain.summary;

import io.caseledger.domain.contact.CaseNoteWritten;
import io.caseledger.domain.contact.ContactOutcome;
import io.caseledger.domain.contact.ContactRecorded;
import io.caseledger.domain.correction.EntryCorrected;
import io.caseledger.domain.correction.EntryMarkedEnteredInError;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Contacts, notes and corrections as the summary shows them. Entries marked entered in error stay
 * listed (the record keeps them) and are named in {@code enteredInError}; corrections are listed
 * beside the entries they correct, never merged into them.
 */
public class RecordSection {

    public record ContactView(String eventId, ContactRecorded contact) {
    }

    public record NoteView(String eventId, CaseNoteWritten note) {
    }

    private final List<ContactView> contacts = new ArrayList<>();
    private final List<NoteView> notes = new ArrayList<>();
    private final List<EntryCorrected> corrections = new ArrayList<>();
    private final Set<String> enteredInError = new LinkedHashSet<>();

    /** @return whether the event belongs to this section */
    boolean apply(Object event, String eventId) {
        if (event instanceof ContactRecorded e) {
            contacts.add(new ContactView(eventId, e));
        } else if (event instanceof CaseNoteWritten e) {
            notes.add(new NoteView(eventId, e));
        } else if (event instanceof EntryCorrected e) {
            corrections.add(e);
        } else if (event instanceof EntryMarkedEnteredInError e) {
            enteredInError.add(e.eventId());
        } else {
            return false;
        }
        return true;
    }

    /** The last successful contact that is not marked entered in error. */
    public Instant getLastSuccessfulContactAt() {
        return contacts.stream()
                .filter(c -> c.contact().outcome() == ContactOutcome.SUCCESSFUL && !enteredInError.contains(c.eventId()))
                .map(c -> c.contact().occurredAt())
                .max(Instant::compareTo).orElse(null);
    }

    public List<ContactView> getContacts() { return List.copyOf(contacts); }
    public List<NoteView> getNotes() { return List.copyOf(notes); }
    public List<EntryCorrected> getCorrections() { return List.copyOf(corrections); }
    public Set<String> getEnteredInError() { return Set.copyOf(enteredInError); }
}
