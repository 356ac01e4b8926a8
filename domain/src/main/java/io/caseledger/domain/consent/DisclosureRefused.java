package io.caseledger.domain.consent;

import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.NotPersonal;
import org.axonframework.serialization.Revision;

/** An attempt to send the client's information to a recipient was refused: no consent covered it. */
@Revision("1")
public record DisclosureRefused(
        String caseId,
        @Disclosable(As.PSEUDONYM) String referralId,
        @Disclosable Recipient recipient,
        @Disclosable @NotPersonal("a rule code set by the aggregate") String rule) {
}
