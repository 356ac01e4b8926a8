package io.caseledger.domain.enrolment;

import io.caseledger.domain.shared.PersonalData;
import io.caseledger.domain.shared.Require;

import java.time.LocalDate;

/**
 * The client's identifying data. Kept together in one clearly named payload field so that it can
 * later be encrypted per client (crypto-shredding) without touching the non-personal facts.
 * No checks in the constructor: stored events must always deserialize, whatever rules later add.
 */
public record PersonalDetails(@PersonalData String givenName, @PersonalData String familyName, @PersonalData LocalDate dateOfBirth) {

    /** How a caseload lists the client: "Family, Given". */
    public String displayName() {
        if (PersonalData.ERASED.equals(familyName) && PersonalData.ERASED.equals(givenName)) {
            return PersonalData.ERASED;
        }
        return familyName + ", " + givenName;
    }

    /** The checks a command applies to personal details it receives, naming fields under {@code prefix}. */
    public static PersonalDetails checked(String prefix, PersonalDetails details) {
        Require.present(prefix, details);
        return new PersonalDetails(
                Require.text(prefix + ".givenName", details.givenName(), 100),
                Require.text(prefix + ".familyName", details.familyName(), 100),
                Require.plausibleDate(prefix + ".dateOfBirth", Require.present(prefix + ".dateOfBirth", details.dateOfBirth())));
    }
}
