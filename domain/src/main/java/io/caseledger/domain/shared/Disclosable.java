package io.caseledger.domain.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field that may leave the system for roles without clinical access (the reporting feed): a coded,
 * non-identifying fact such as a status, a code, a score or a date. Disclosure is an allow-list: a
 * field without this mark is withheld, so a new field stays inside until someone decides otherwise.
 * A nested record or list of records is disclosed only as far as its own components are marked.
 * Never on a {@link PersonalData} field.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Disclosable {

    As value() default As.IS;

    enum As {
        /** The value itself. */
        IS,
        /**
         * A keyed pseudonym of the value, as for the case id: for identifiers a person chose (staff ids,
         * ids of a case's entries), which join events together but may spell something out.
         */
        PSEUDONYM
    }
}
