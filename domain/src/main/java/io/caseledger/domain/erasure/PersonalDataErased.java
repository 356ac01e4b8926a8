package io.caseledger.domain.erasure;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The client's personal data in this case was erased: its key is destroyed, so every personal field
 * of every event of the case now reads as erased. Carries no personal data itself.
 */
@Revision("1")
public record PersonalDataErased(String caseId, ErasureBasis basis, String reference, LocalDate erasedOn) {
}
