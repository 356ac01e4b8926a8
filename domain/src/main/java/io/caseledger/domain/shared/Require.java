package io.caseledger.domain.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Checks used in the compact constructors of commands, so a command that exists is well formed
 * no matter who built it (HTTP, a policy, the benchmark). Each failure names the field.
 */
public final class Require {

    /** Ids are opaque: letters, digits, dash, underscore, dot; never personal data. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private static final LocalDate EARLIEST = LocalDate.of(1880, 1, 1);
    private static final String PAST = "must be a plausible date in the past";

    /** No command lists more than a few dozen things; a longer list is a mistake or an attack. */
    public static final int MAX_ITEMS = 50;

    private Require() {
    }

    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw CommandRejected.invalid(field, "must not be blank");
        }
        if (value.length() > maxLength) {
            throw CommandRejected.invalid(field, "must be at most " + maxLength + " characters");
        }
        if (!wellFormed(value)) {
            // A lone surrogate cannot be stored as given: the record would differ from what was acknowledged.
            throw CommandRejected.invalid(field, "must be well-formed Unicode text");
        }
        return value.strip();
    }

    public static String optionalText(String field, String value, int maxLength) {
        return value == null || value.isBlank() ? null : text(field, value, maxLength);
    }

    public static String id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw CommandRejected.invalid(field, "must not be blank");
        }
        if (!ID.matcher(value).matches()) {
            throw CommandRejected.invalid(field, "must be 1-64 letters, digits, '.', '_' or '-'");
        }
        return value;
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw CommandRejected.invalid(field, "is required");
        }
        return value;
    }

    public static <C extends java.util.Collection<?>> C nonEmpty(String field, C values) {
        if (values == null || values.isEmpty()) {
            throw CommandRejected.invalid(field, "must name at least one value");
        }
        return items(field, values);
    }

    /** A list of at most {@link #MAX_ITEMS} values, none of them null. */
    public static <C extends java.util.Collection<?>> C items(String field, C values) {
        if (values.size() > MAX_ITEMS) {
            throw CommandRejected.invalid(field, "must list at most " + MAX_ITEMS + " values");
        }
        if (values.stream().anyMatch(java.util.Objects::isNull)) {
            throw CommandRejected.invalid(field, "must not contain null");
        }
        return values;
    }

    /** No unpaired UTF-16 surrogate: the text can be encoded, stored and read back exactly. */
    public static boolean wellFormed(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A date a command may leave out (its handler then takes today); when given, not before 1880.
     * Whether it is in the past needs the application's clock, so the handler checks that: {@link #pastDate}.
     */
    public static LocalDate plausibleDate(String field, LocalDate value) {
        if (value != null && value.isBefore(EARLIEST)) {
            throw CommandRejected.invalid(field, PAST);
        }
        return value;
    }

    /**
     * The day something happened, by the application's clock (the one handlers get injected, so tests
     * and every node agree on "today"): today when absent, else not after tomorrow (a day's grace for
     * time zones) and not before 1880.
     */
    public static LocalDate pastDate(String field, LocalDate value, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (value == null) {
            return today;
        }
        if (value.isAfter(today.plusDays(1)) || value.isBefore(EARLIEST)) {
            throw CommandRejected.invalid(field, PAST);
        }
        return value;
    }
}
