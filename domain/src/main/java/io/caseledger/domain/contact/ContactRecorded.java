package io.caseledger.domain.contact;

import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The case manager contacted, or tried to contact, the client. */
@Revision("1")
public record ContactRecorded(String caseId, String contactId, ContactMode mode, ContactOutcome outcome, Instant occurredAt, Integer durationMinutes, @PersonalData String note) {
}
