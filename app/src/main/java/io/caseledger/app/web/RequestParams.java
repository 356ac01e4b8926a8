package io.caseledger.app.web;

import io.caseledger.query.paging.Cursor;
import io.caseledger.query.paging.PageRequest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** Query parameters that are refused with a 400 naming the parameter, like any other bad input. */
public final class RequestParams {

    private RequestParams() {
    }

    public static Instant instant(String field, String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw RequestRefused.invalid(field, "must be an ISO-8601 instant such as 2026-03-01T00:00:00Z");
        }
    }

    /** {@code value} parsed, {@code absent} when not given; anything unparseable is refused as not {@code expected}. */
    public static <T> T choice(String field, String value, T absent, Function<String, Optional<T>> parse, String expected) {
        return value == null ? absent : parse.apply(value).orElseThrow(() -> RequestRefused.invalid(field, "must be " + expected));
    }

    /** The enum constant with exactly this name. */
    public static <E extends Enum<E>> Optional<E> named(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst();
    }

    /**
     * {@code limit} (default 50, at most 200) and {@code cursor}, which must be a {@code nextCursor} this
     * list gave out in the same order; the values sent are never echoed.
     */
    public static PageRequest page(String limit, String cursor, String order) {
        int size;
        try {
            size = limit == null ? PageRequest.DEFAULT_LIMIT : Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            size = 0;
        }
        if (size < 1 || size > PageRequest.MAX_LIMIT) {
            throw RequestRefused.invalid("limit", "must be a whole number from 1 to " + PageRequest.MAX_LIMIT);
        }
        String after = cursor == null ? null : Cursor.decode(cursor).filter(c -> c.order().equals(order)).map(Cursor::after)
                .orElseThrow(() -> RequestRefused.invalid("cursor", "is not a nextCursor of this list in this order"));
        return new PageRequest(size, after);
    }
}
