package io.caseledger.domain.correction;

import io.caseledger.domain.shared.PersonalData;

/** One field of a recorded entry and the value it should have had. */
public record FieldCorrection(String field, @PersonalData String value) {
}
