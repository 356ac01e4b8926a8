package io.caseledger.command;

import io.caseledger.domain.shared.Rejection;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;

/**
 * Matches a refusal by its stable code, the part of it a client relies on: the English message
 * beside it may be reworded. For Axon's fixtures: {@code .expectExceptionDetails(refusal("case-closed"))}.
 */
public final class Refusals {

    private Refusals() {
    }

    public static Matcher<Object> refusal(String code) {
        return new CustomTypeSafeMatcher<>("a refusal coded " + code) {
            @Override
            protected boolean matchesSafely(Object details) {
                return details instanceof Rejection rejection && rejection.code().equals(code);
            }
        };
    }

    /** A 400 naming {@code field}. */
    public static Matcher<Object> invalidField(String field) {
        return new CustomTypeSafeMatcher<>("a refusal of field " + field) {
            @Override
            protected boolean matchesSafely(Object details) {
                return details instanceof Rejection rejection && rejection.code().equals("invalid-field") && field.equals(rejection.field());
            }
        };
    }
}
