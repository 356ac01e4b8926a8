package io.caseledger.app.audit;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;

import java.util.NoSuchElementException;

/**
 * Cases, community resources and read-audit events share the event store's id space, so an id can
 * name no stream, another aggregate's stream, or a single event that belongs to no aggregate (which
 * Axon fails to read as a stream, with a bare NoSuchElementException from its own code).
 */
public final class StreamIds {

    private StreamIds() {
    }

    /** The failure says only that the id names no stream of the kind that was asked for. */
    public static boolean namesNoAggregate(Throwable e) {
        return e instanceof AggregateNotFoundException || e instanceof IncompatibleAggregateException
                || e instanceof NoSuchElementException && e.getStackTrace().length > 1
                && e.getStackTrace()[1].getClassName().startsWith("org.axonframework.eventsourcing.EventStreamUtils");
    }
}
