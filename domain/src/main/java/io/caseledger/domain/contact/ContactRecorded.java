package io.caseledger.domain.contact;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The case manager contacted, or tried to contact, the client. */
@Revision("1")
public record ContactRecorded(
        String caseId,
        @Disclosable(As.PSEUDONYM) String contactId,
        @Disclosable ContactMode mode,
        @Disclosable ContactOutcome outcome,
        @Disclosable Instant occurredAt,
        @Disclosable Integer durationMinutes,
        @PersonalData String note) {
}
