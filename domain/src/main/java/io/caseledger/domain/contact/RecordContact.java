package io.caseledger.domain.contact;

import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Record a contact, or an attempt, with the client. */
public record RecordContact(
        @TargetAggregateIdentifier String caseId,
        String contactId,
        ContactMode mode,
        ContactOutcome outcome,
        Instant occurredAt,
        Integer durationMinutes,
        String note) {

    public RecordContact {
        caseId = Require.id("caseId", caseId);
        contactId = Require.id("contactId", contactId);
        Require.present("mode", mode);
        Require.present("outcome", outcome);
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
        if (durationMinutes != null && (durationMinutes < 0 || durationMinutes > 1440)) {
            throw io.caseledger.domain.shared.CommandRejected.invalid("durationMinutes", "must be between 0 and 1440");
        }
        note = Require.optionalText("note", note, 4000);
    }
}
