package io.caseledger.app.web;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which JSON field a parse error is about ("client.dateOfBirth", "items[3]"), and what to say about
 * it, without ever echoing what the caller sent: not the value, and not the name of an unknown
 * property either, since a misplaced name or date typed as a key is personal data too.
 */
public final class JsonFields {

    public record Problem(String field, String message) {
    }

    private JsonFields() {
    }

    public static Optional<Problem> problemOf(JacksonException e) {
        List<JacksonException.Reference> path = e.getPath();
        if (path.isEmpty()) {
            return Optional.empty();
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String parent = path.size() == 1 ? "body" : join(path.subList(0, path.size() - 1));
            String accepted = unknown.getKnownPropertyIds() == null ? "" : "; accepted: " + unknown.getKnownPropertyIds().stream()
                    .map(Object::toString).collect(Collectors.toCollection(TreeSet::new));
            return Optional.of(new Problem(parent, "has a property that is not accepted here" + accepted));
        }
        return Optional.of(new Problem(join(path), "is not valid here"));
    }

    private static String join(List<JacksonException.Reference> path) {
        return path.stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
