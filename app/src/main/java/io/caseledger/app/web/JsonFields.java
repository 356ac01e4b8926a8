package io.caseledger.app.web;

import tools.jackson.core.JacksonException;

import java.util.Optional;
import java.util.stream.Collectors;

/** The JSON field a parse error is about, as "client.dateOfBirth" or "items[3]"; never the value. */
public final class JsonFields {

    private JsonFields() {
    }

    public static Optional<String> pathOf(JacksonException e) {
        if (e.getPath().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "["));
    }
}
