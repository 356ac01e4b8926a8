package io.caseledger.app.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.caseledger.app.operations.ProjectionAdmin;

import java.util.Arrays;

/**
 * A read model's answer as the API and the pages give it: the query's result, its fields at the top
 * level of the JSON, and {@code rebuilding}, true while a projection the result is read from is being
 * rebuilt from the event store (so it may be incomplete). The query answers from the read model as it
 * stands; whether that model is being rebuilt is the operator's state, known here, not on the query bus.
 */
public record ReadAnswer<T>(@JsonUnwrapped T result, boolean rebuilding) {

    /** The result, rebuilding if any of {@code groups} (the processing groups it is read from) is. */
    public static <T> ReadAnswer<T> of(T result, ProjectionAdmin projections, String... groups) {
        return new ReadAnswer<>(result, Arrays.stream(groups).anyMatch(projections::isRebuilding));
    }
}
