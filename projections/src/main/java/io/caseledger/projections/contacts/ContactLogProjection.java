package io.caseledger.projections.contacts;

import io.caseledger.projections.storage.VersionGuard;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.caseledger.domain.contact.ContactOutcome;
import io.caseledger.domain.contact.ContactRecorded;
import io.caseledger.domain.correction.EntryCorrected;
import io.caseledger.domain.correction.EntryMarkedEnteredInError;
import io.caseledger.domain.correction.FieldCorrection;
import io.caseledger.domain.erasure.PersonalDataErased;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * When each contact happened and whether it reached the client, keyed by the event that recorded it,
 * so a correction of its time or outcome, or marking it entered in error, lands on it. Nothing else of
 * the contact (mode, note) is kept. Writes after the first are guarded by the case's sequence number.
 */
@Component
@ProcessingGroup(ContactLogProjection.PROCESSING_GROUP)
public class ContactLogProjection {

    public static final String PROCESSING_GROUP = "contacts";
    public static final String COLLECTION = "contacts";
    public static final String CASE_ID = "caseId";
    public static final String AT = "at";
    public static final String SUCCESSFUL = "successful";
    public static final String ENTERED_IN_ERROR = "enteredInError";
    public static final String VERSION = "version";

    private static final String CONTACT = ContactRecorded.class.getSimpleName();

    private final MongoCollection<Document> contacts;

    public ContactLogProjection(MongoDatabase database) {
        this.contacts = database.getCollection(COLLECTION);
        contacts.createIndex(Indexes.ascending(CASE_ID, AT));
    }

    /** Written once; a re-delivered event finds the document and changes nothing, not even a later correction. */
    @EventHandler
    public void on(ContactRecorded e, @MessageIdentifier String eventId, @SequenceNumber long seq) {
        contacts.updateOne(Filters.eq("_id", eventId), Updates.combine(
                Updates.setOnInsert(CASE_ID, e.caseId()),
                Updates.setOnInsert(AT, Date.from(e.occurredAt())),
                Updates.setOnInsert(SUCCESSFUL, e.outcome() == ContactOutcome.SUCCESSFUL),
                Updates.setOnInsert(ENTERED_IN_ERROR, false),
                Updates.setOnInsert(VERSION, seq)), new UpdateOptions().upsert(true));
    }

    /** Only the time and the outcome matter here; a value that does not parse was never a valid correction of them. */
    @EventHandler
    public void on(EntryCorrected e, @SequenceNumber long seq) {
        if (!CONTACT.equals(e.correctedType())) {
            return;
        }
        List<Bson> changes = new ArrayList<>();
        for (FieldCorrection c : e.corrections()) {
            Instant at = "occurredAt".equals(c.field()) ? instant(c.value()) : null;
            ContactOutcome outcome = "outcome".equals(c.field()) ? outcome(c.value()) : null;
            if (at != null) {
                changes.add(Updates.set(AT, Date.from(at)));
            }
            if (outcome != null) {
                changes.add(Updates.set(SUCCESSFUL, outcome == ContactOutcome.SUCCESSFUL));
            }
        }
        if (!changes.isEmpty()) {
            guarded(e.correctedEventId(), seq, Updates.combine(changes));
        }
    }

    @EventHandler
    public void on(EntryMarkedEnteredInError e, @SequenceNumber long seq) {
        if (CONTACT.equals(e.markedType())) {
            guarded(e.eventId(), seq, Updates.set(ENTERED_IN_ERROR, true));
        }
    }

    /**
     * Corrections' values are personal data: after erasure a rebuild cannot read them, so the live log
     * must not keep what they said either. The case is closed for good; its contacts count nowhere.
     */
    @EventHandler
    public void on(PersonalDataErased e) {
        contacts.deleteMany(Filters.eq(CASE_ID, e.caseId()));
    }

    @ResetHandler
    public void reset() {
        contacts.deleteMany(new Document());
    }

    private void guarded(String eventId, long seq, Bson change) {
        VersionGuard.apply(contacts, eventId, VERSION, seq, change);
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
