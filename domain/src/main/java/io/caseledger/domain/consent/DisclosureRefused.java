package io.caseledger.domain.consent;

import org.axonframework.serialization.Revision;

/** An attempt to send the client's information to a recipient was refused: no consent covered it. */
@Revision("1")
public record DisclosureRefused(String caseId, String referralId, Recipient recipient, String rule) {
}
