package io.caseledger.domain.correction;

/** One field of a recorded entry and the value it should have had. */
public record FieldCorrection(String field, String value) {
}
