package io.caseledger.projections.contacts;

import io.caseledger.projections.Projection;
import com.mongodb.client.MongoDatabase;
import io.caseledger.domain.contact.ContactOutcome;
import io.caseledger.domain.contact.ContactRecorded;
import io.caseledger.domain.correction.EntryCorrected;
import io.caseledger.domain.correction.EntryMarkedEnteredInError;
import io.caseledger.domain.correction.FieldCorrection;
import io.caseledger.domain.erasure.PersonalDataErased;
import io.caseledger.projections.storage.BatchedCollection;
import io.caseledger.projections.storage.Embedded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.function.Consumer;

/**
 * When each contact happened and whether it reached the client, one document per case ({@code _id} =
 * the case id, so the team view reads its cases' contacts by key), each contact keyed by the event that
 * recorded it, so a correction of its time or outcome, or marking it entered in error, lands on it.
 * Nothing else of the contact (mode, note) is kept.
 */
@Component
@Projection
@ProcessingGroup(ContactLogProjection.PROCESSING_GROUP)
public class ContactLogProjection {

    public static final String PROCESSING_GROUP = "contacts";
    public static final String COLLECTION = "contacts";
    /** The case's contacts by recording event id (dots replaced, as map keys cannot hold them). */
    public static final String CONTACTS = "contacts";
    public static final String EVENT_ID = "eventId";
    public static final String AT = "at";
    public static final String SUCCESSFUL = "successful";
    public static final String ENTERED_IN_ERROR = "enteredInError";
    public static final String VERSION = "version";

    private static final String CONTACT = ContactRecorded.class.getSimpleName();

    private final BatchedCollection cases;

    public ContactLogProjection(MongoDatabase database) {
        this.cases = BatchedCollection.keyedByAggregate(database.getCollection(COLLECTION), VERSION);
    }

    @EventHandler
    public void on(ContactRecorded e, @MessageIdentifier String eventId, @SequenceNumber long seq) {
        cases.apply(e.caseId(), seq, doc -> contacts(doc).put(Embedded.key(eventId), new Document(EVENT_ID, eventId)
                .append(AT, Date.from(e.occurredAt()))
                .append(SUCCESSFUL, e.outcome() == ContactOutcome.SUCCESSFUL)
                .append(ENTERED_IN_ERROR, false)));
    }

    /** Only the time and the outcome matter here; a value that does not parse was never a valid correction of them. */
    @EventHandler
    public void on(EntryCorrected e, @SequenceNumber long seq) {
        if (!CONTACT.equals(e.correctedType())) {
            return;
        }
        Document changes = new Document();
        for (FieldCorrection c : e.corrections()) {
            Instant at = "occurredAt".equals(c.field()) ? instant(c.value()) : null;
            ContactOutcome outcome = "outcome".equals(c.field()) ? outcome(c.value()) : null;
            if (at != null) {
                changes.put(AT, Date.from(at));
            }
            if (outcome != null) {
                changes.put(SUCCESSFUL, outcome == ContactOutcome.SUCCESSFUL);
            }
        }
        if (!changes.isEmpty()) {
            contact(e.caseId(), e.correctedEventId(), seq, contact -> contact.putAll(changes));
        }
    }

    @EventHandler
    public void on(EntryMarkedEnteredInError e, @SequenceNumber long seq) {
        if (CONTACT.equals(e.markedType())) {
            contact(e.caseId(), e.eventId(), seq, contact -> contact.put(ENTERED_IN_ERROR, true));
        }
    }

    /**
     * Corrections' values are personal data: after erasure a rebuild cannot read them, so the live log
     * must not keep what they said either. The case is closed for good; its contacts count nowhere.
     */
    @EventHandler
    public void on(PersonalDataErased e, @SequenceNumber long seq) {
        cases.applyIfPresent(e.caseId(), seq, doc -> doc.put(CONTACTS, new Document()));
    }

    @ResetHandler
    public void reset() {
        cases.collection().deleteMany(new Document());
    }

    private void contact(String caseId, String eventId, long seq, Consumer<Document> change) {
        Document stored = cases.read(caseId);
        if (stored != null && stored.get(CONTACTS) instanceof Document log && log.get(Embedded.key(eventId)) instanceof Document) {
            cases.apply(caseId, seq, doc -> change.accept(contacts(doc).get(Embedded.key(eventId), Document.class)));
        }
    }

    private static Document contacts(Document doc) {
        return Embedded.document(doc, CONTACTS);
    }

    private static Instant instant(String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ContactOutcome outcome(String value) {
        for (ContactOutcome o : ContactOutcome.values()) {
            if (o.name().equals(value)) {
                return o;
            }
        }
        return null;
    }
}
