package io.caseledger.domain.consent;

import io.caseledger.domain.shared.Canonical;
import io.caseledger.domain.shared.Disclosable.As;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Set;

/** The client signed a release of information to a recipient, for purposes and scope, between two dates. */
@Revision("1")
public record ConsentSigned(
        String caseId,
        @Disclosable(As.PSEUDONYM) String consentId,
        @Disclosable Recipient recipient,
        @Disclosable Set<ConsentPurpose> purposes,
        @Disclosable Set<InformationScope> scope,
        @Disclosable LocalDate effectiveOn,
        @Disclosable LocalDate expiresOn,
        @Disclosable ConsentMethod method,
        @PersonalData String witnessedBy) {

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
