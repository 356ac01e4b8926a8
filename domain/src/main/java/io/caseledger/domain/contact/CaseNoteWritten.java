package io.caseledger.domain.contact;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

/** A note was written on the case. */
@Revision("1")
public record CaseNoteWritten(String caseId, @Disclosable(As.PSEUDONYM) String noteId, @PersonalData String text) {
}
