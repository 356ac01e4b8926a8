package io.caseledger.domain.resource;

import io.caseledger.domain.referral.ReferralType;
import io.caseledger.domain.shared.Require;

import java.util.List;

/** What the directory says about a resource: name, service, contact, languages, who is eligible. */
public record ResourceDetails(String name, ReferralType serviceType, String phone, String email, String address,
                              List<String> languages, String eligibility) {

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
