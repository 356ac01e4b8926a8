package io.caseledger.domain.correction;

import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.NotPersonal;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

/** An earlier entry was marked as entered in error. */
@Revision("1")
public record EntryMarkedEnteredInError(
        String caseId,
        @Disclosable String eventId,
        @Disclosable @NotPersonal("an event type name, set by the server") String markedType,
        @PersonalData String reason) {
}
