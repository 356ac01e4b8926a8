package io.caseledger.domain.consent;

import io.caseledger.domain.shared.CommandRejected;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.PersonalData;
import io.caseledger.domain.shared.Require;

/** Who receives information: an organisation by name, a category of recipient, or both. */
public record Recipient(@PersonalData String organisation, @Disclosable RecipientCategory category) {

    /** A consent naming an organisation covers that organisation; one naming a category covers any recipient of it. */
    public boolean covers(Recipient other) {
        boolean byName = organisation != null && other.organisation() != null
                && organisation.strip().equalsIgnoreCase(other.organisation().strip());
        boolean byCategory = category != null && category == other.category();
        return byName || byCategory;
    }

    public static Recipient checked(String field, Recipient recipient) {
        Require.present(field, recipient);
        String organisation = Require.optionalText(field + ".organisation", recipient.organisation(), 200);
        if (organisation == null && recipient.category() == null) {
            throw CommandRejected.invalid(field, "needs an organisation or a category");
        }
        return new Recipient(organisation, recipient.category());
    }
}
