package io.caseledger.domain.erasure;

import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.NotPersonal;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The client's personal data in this case was erased: its key is destroyed, so every personal field
 * of every event of the case now reads as erased. Carries no personal data itself.
 */
@Revision("1")
public record PersonalDataErased(
        String caseId,
        @Disclosable ErasureBasis basis,
        @NotPersonal("the data protection officer's file reference; it is written after the client's key is destroyed") String reference,
        @Disclosable LocalDate erasedOn) {
}
