package io.caseledger.domain.correction;

import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.NotPersonal;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

import java.util.List;

/** An earlier entry was corrected: the fields it should have had, and why. */
@Revision("1")
public record EntryCorrected(
        String caseId,
        @Disclosable String correctedEventId,
        @Disclosable @NotPersonal("an event type name, set by the server") String correctedType,
        @Disclosable List<FieldCorrection> corrections,
        @PersonalData String reason) {
}
