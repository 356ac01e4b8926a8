package io.caseledger.domain.consent;

import org.axonframework.serialization.Revision;

/** The client withdrew a consent; nothing may be disclosed under it any more. */
@Revision("1")
public record ConsentRevoked(String caseId, String consentId, String reason) {
}
