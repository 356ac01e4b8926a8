package io.caseledger.app.web;

import io.caseledger.domain.shared.CommandRejected;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which JSON field a parse error is about ("client.dateOfBirth", "items[3]"), and what to say about
 * it, without ever echoing what the caller sent: not the value, and not the name of an unknown or
 * duplicated property either, since a misplaced name or date typed as a key is personal data too.
 * Text that is not JSON (a duplicated property, bytes that are not UTF-8) is blamed on the body: the
 * parser has not yet told known properties from unknown ones.
 */
public final class JsonFields {

    /** {@code code} is invalid-field for a value of the wrong shape, malformed-body for text that is not JSON. */
    public record Problem(String code, String field, String message) {
    }

    private JsonFields() {
    }

    /**
     * Why a command's JSON could not be bound to its record: the command's own refusal when its
     * constructor refused (naming the field), else the field whose value had the wrong shape.
     */
    public static CommandRejected rejectionOf(JacksonException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CommandRejected rejected) {
                return rejected;
            }
        }
        Problem problem = problemOf(e).orElse(new Problem("invalid-field", "body", "is not valid here"));
        return CommandRejected.invalid(problem.field(), problem.message());
    }

    public static Optional<Problem> problemOf(JacksonException e) {
        List<JacksonException.Reference> path = e.getPath();
        if (e instanceof StreamReadException && !(e instanceof InputCoercionException)) {
            boolean duplicate = String.valueOf(e.getOriginalMessage()).startsWith("Duplicate");
            return Optional.of(new Problem("malformed-body", "body",
                    duplicate ? "has a property given twice" : "is not well-formed JSON in UTF-8"));
        }
        if (path.isEmpty()) {
            return Optional.empty();
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String parent = path.size() == 1 ? "body" : join(path.subList(0, path.size() - 1));
            String accepted = unknown.getKnownPropertyIds() == null ? "" : "; accepted: " + unknown.getKnownPropertyIds().stream()
                    .map(Object::toString).collect(Collectors.toCollection(TreeSet::new));
            return Optional.of(new Problem("invalid-field", parent, "has a property that is not accepted here" + accepted));
        }
        if (e instanceof InvalidNullException) {
            return Optional.of(new Problem("invalid-field", join(path), "must not be null"));
        }
        Class<?> type = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType()
                : e instanceof InputCoercionException tooLarge ? tooLarge.getTargetType() : null;
        return Optional.of(new Problem("invalid-field", join(path), expected(type)));
    }

    /** What a value of the target type looks like, from the type alone (never from what was sent). */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "is not valid here";
        }
        if (type == String.class) {
            return "must be a JSON string of well-formed Unicode text";
        }
        if (type == LocalDate.class) {
            return "must be a date such as 2026-03-01";
        }
        if (type == Instant.class) {
            return "must be an instant such as 2026-03-01T09:30:00Z";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "must be a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a JSON array";
        }
        return "must be a JSON object";
    }

    private static String join(List<JacksonException.Reference> path) {
        return path.stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
