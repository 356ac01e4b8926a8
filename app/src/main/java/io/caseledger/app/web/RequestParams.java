package io.caseledger.app.web;

import io.caseledger.domain.shared.CommandRejected;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Query parameters that are refused with a 400 naming the parameter, like any other bad input. */
public final class RequestParams {

    private RequestParams() {
    }

    public static Instant instant(String field, String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw CommandRejected.invalid(field, "must be an ISO-8601 instant such as 2026-03-01T00:00:00Z");
        }
    }
}
