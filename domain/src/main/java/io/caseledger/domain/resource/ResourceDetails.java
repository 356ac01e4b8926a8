package io.caseledger.domain.resource;

import io.caseledger.domain.referral.ReferralType;
import io.caseledger.domain.shared.Disclosable;
import io.caseledger.domain.shared.NotPersonal;
import io.caseledger.domain.shared.Require;

import java.util.List;

/** What the directory says about a resource: name, service, contact, languages, who is eligible. */
public record ResourceDetails(
        @NotPersonal("the community resource directory describes services, not clients") String name,
        @Disclosable ReferralType serviceType,
        @NotPersonal("the community resource directory describes services, not clients") String phone,
        @NotPersonal("the community resource directory describes services, not clients") String email,
        @NotPersonal("the community resource directory describes services, not clients") String address,
        @NotPersonal("the community resource directory describes services, not clients") List<String> languages,
        @NotPersonal("the community resource directory describes services, not clients") String eligibility) {

    public static ResourceDetails checked(ResourceDetails d) {
        Require.present("details", d);
        Require.present("details.serviceType", d.serviceType());
        return new ResourceDetails(
                Require.text("details.name", d.name(), 200), d.serviceType(),
                Require.optionalText("details.phone", d.phone(), 50),
                Require.optionalText("details.email", d.email(), 200),
                Require.optionalText("details.address", d.address(), 300),
                d.languages() == null ? List.of() : List.copyOf(d.languages()),
                Require.optionalText("details.eligibility", d.eligibility(), 2000));
    }
}
