package io.caseledger.domain.consent;

import io.caseledger.domain.shared.Canonical;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Set;

/** The client signed a release of information to a recipient, for purposes and scope, between two dates. */
@Revision("1")
public record ConsentSigned(String caseId, String consentId, Recipient recipient, Set<ConsentPurpose> purposes,
                            Set<InformationScope> scope, LocalDate effectiveOn, LocalDate expiresOn,
                            ConsentMethod method, String witnessedBy) {

    public ConsentSigned {
        purposes = Canonical.sorted(purposes);
        scope = Canonical.sorted(scope);
    }

    /** In force on {@code day}: effective, not expired (the expiry day itself is still covered). */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveOn) && !day.isAfter(expiresOn);
    }

    /** Lets information go to {@code to} for {@code purpose} on {@code day}, unless revoked meanwhile. */
    public boolean covers(Recipient to, ConsentPurpose purpose, LocalDate day) {
        return inForceOn(day) && purposes.contains(purpose) && recipient.covers(to);
    }
}
