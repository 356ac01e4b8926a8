package io.caseledger.domain.contact;

import org.axonframework.serialization.Revision;

/** A note was written on the case. */
@Revision("1")
public record CaseNoteWritten(String caseId, String noteId, String text) {
}
