package io.caseledger.domain.correction;

import org.axonframework.serialization.Revision;

import java.util.List;

/** An earlier entry was corrected: the fields it should have had, and why. */
@Revision("1")
public record EntryCorrected(String caseId, String correctedEventId, String correctedType, List<FieldCorrection> corrections, String reason) {
}
