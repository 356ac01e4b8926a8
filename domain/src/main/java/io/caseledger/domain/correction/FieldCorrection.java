package io.caseledger.domain.correction;

import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.NotPersonal;
import io.caseledger.domain.shared.PersonalData;

/** One field of a recorded entry and the value it should have had. */
public record FieldCorrection(
        @Disclosable @NotPersonal("the name of a field of the corrected event, checked against its type") String field,
        @PersonalData String value) {
}
