package io.caseledger.app.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.OptionalLong;

/**
 * How many events each projection is behind the head of the event store, exported as
 * {@code caseledger_projection_lag_events}, with {@code caseledger_projection_rebuilding} and
 * {@code caseledger_projection_rebuild_progress}: the head's global position less the projection's
 * (on PostgreSQL the global index can have gaps, so this is an upper bound).
 */
@Component
class ProjectionLag {

    private final ProjectionAdmin projections;
    private final EventStore eventStore;

    ProjectionLag(ProjectionAdmin projections, EventStore eventStore, MeterRegistry registry) {
        this.projections = projections;
        this.eventStore = eventStore;
        for (String name : projections.names()) {
            Gauge.builder("caseledger.projection.lag.events", () -> eventsBehind(name).orElse(-1))
                    .tag("processor", name).description("Events in the store not yet applied (-1: unknown)").register(registry);
            Gauge.builder("caseledger.projection.rebuilding", () -> projections.isRebuilding(name) ? 1 : 0)
                    .tag("processor", name).register(registry);
            Gauge.builder("caseledger.projection.rebuild.progress", () -> projections.rebuildProgress(name).orElse(-1))
                    .tag("processor", name).description("Share of a running rebuild done (-1: unknown)").register(registry);
        }
    }

    OptionalLong eventsBehind(String name) {
        var processor = projections.processor(name);
        if (processor.isEmpty() || processor.get().processingStatus().isEmpty()) {
            return OptionalLong.empty();
        }
        long behind = 0;
        for (EventTrackerStatus status : processor.get().processingStatus().values()) {
            OptionalLong segment = behind(status.getTrackingToken());
            if (segment.isEmpty()) {
                return segment;
            }
            behind = Math.max(behind, segment.getAsLong());
        }
        return OptionalLong.of(behind);
    }

    private OptionalLong behind(TrackingToken token) {
        TrackingToken current = token == null ? null : WrappedToken.unwrapLowerBound(token);
        TrackingToken head = eventStore.createHeadToken();
        if (head == null || head.position().isEmpty()) {
            return OptionalLong.empty();
        }
        long headPosition = head.position().getAsLong();
        if (current == null) {
            return OptionalLong.of(headPosition);
        }
        return current.position().isPresent()
                ? OptionalLong.of(Math.max(0, headPosition - current.position().getAsLong()))
                : OptionalLong.empty();
    }
}
