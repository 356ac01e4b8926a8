package io.caseledger.domain.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A personal field of an event: identifying data or free text about the client. It is stored
 * encrypted with the client's own key and reads as erased once that key is destroyed
 * (crypto-shredding). The event's {@code caseId} names whose key.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface PersonalData {

    /** What an erased text field reads as; other erased fields read as null. */
    String ERASED = "[erased]";
}
