package io.caseledger.domain.resource;

import io.caseledger.domain.referral.ReferralType;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.NotPersonal;
import io.caseledger.domain.shared.Require;

import java.util.List;

/** What the directory says about a resource: name, service, contact, languages, who is eligible. */
public record ResourceDetails(
        @NotPersonal(DIRECTORY) String name,
        @Disclosable ReferralType serviceType,
        @NotPersonal(DIRECTORY) String phone,
        @NotPersonal(DIRECTORY) String email,
        @NotPersonal(DIRECTORY) String address,
        @NotPersonal(DIRECTORY) List<String> languages,
        @NotPersonal(DIRECTORY) String eligibility) {

    /** Why the directory's text is not sealed. */
    static final String DIRECTORY = "the community resource directory describes services, not clients";

    public static ResourceDetails checked(ResourceDetails d) {
        Require.present("details", d);
        Require.present("details.serviceType", d.serviceType());
        return new ResourceDetails(
                Require.text("details.name", d.name(), 200), d.serviceType(),
                Require.optionalText("details.phone", d.phone(), 50),
                Require.optionalText("details.email", d.email(), 200),
                Require.optionalText("details.address", d.address(), 300),
                d.languages() == null ? List.of() : List.copyOf(Require.items("details.languages", d.languages())).stream()
                        .map(language -> Require.text("details.languages", language, 35)).toList(),
                Require.optionalText("details.eligibility", d.eligibility(), 2000));
    }
}
