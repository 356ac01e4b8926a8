package io.caseledger.domain.consent;

import io.caseledger.domain.shared.CommandRejected;
import io.caseledger.domain.shared.Canonical;
import io.caseledger.domain.shared.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Set;

/** Record a signed release of information. A verbal consent needs a witness; every consent expires. */
public record SignConsent(
        @TargetAggregateIdentifier String caseId,
        String consentId,
        Recipient recipient,
        Set<ConsentPurpose> purposes,
        Set<InformationScope> scope,
        LocalDate effectiveOn,
        LocalDate expiresOn,
        ConsentMethod method,
        String witnessedBy) {

    public SignConsent {
        caseId = Require.id("caseId", caseId);
        consentId = Require.id("consentId", consentId);
        recipient = Recipient.checked("recipient", recipient);
        purposes = Canonical.sorted(Require.nonEmpty("purposes", purposes));
        scope = Canonical.sorted(Require.nonEmpty("scope", scope));
        effectiveOn = effectiveOn == null ? LocalDate.now() : effectiveOn;
        Require.present("expiresOn", expiresOn);
        if (!expiresOn.isAfter(effectiveOn)) {
            throw CommandRejected.invalid("expiresOn", "must be after effectiveOn");
        }
        Require.present("method", method);
        witnessedBy = method == ConsentMethod.VERBAL
                ? Require.text("witnessedBy", witnessedBy, 200)
                : Require.optionalText("witnessedBy", witnessedBy, 200);
    }
}
