package io.caseledger.domain.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field that is deliberately not sealed, and why. Free text about a client is personal data and
 * is {@link PersonalData}; every other text field of an event (apart from identifiers, named
 * {@code ...Id}) says here why it is not about a client, and a test holds the catalogue to that.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface NotPersonal {

    /** Why this text is not personal data. */
    String value();
}
