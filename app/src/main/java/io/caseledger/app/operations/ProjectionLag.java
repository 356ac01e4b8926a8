package io.caseledger.app.operations;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.OptionalLong;

/**
 * How many events each projection is behind the head of the event store, exported as
 * {@code caseledger_projection_lag_events}, with {@code caseledger_projection_rebuilding} and
 * {@code caseledger_projection_rebuild_progress}. Axon Server tokens carry a global position; the
 * Mongo store's tokens carry a timestamp, so there the events stored after it are counted.
 */
@Component
class ProjectionLag {

    private final io.caseledger.app.operations.Projections projections;
    private final EventStore eventStore;
    private final MongoDatabase database;

    ProjectionLag(io.caseledger.app.operations.Projections projections, EventStore eventStore, MongoDatabase database,
                  MeterRegistry registry) {
        this.projections = projections;
        this.eventStore = eventStore;
        this.database = database;
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
        if (head != null && head.position().isPresent()) {
            long headPosition = head.position().getAsLong();
            if (current == null) {
                return OptionalLong.of(headPosition + 1);
            }
            return current.position().isPresent()
                    ? OptionalLong.of(Math.max(0, headPosition - current.position().getAsLong()))
                    : OptionalLong.empty();
        }
        if (current == null || current instanceof MongoTrackingToken) {
            var events = database.getCollection("domainevents");
            var newer = current == null ? new Document()
                    : Filters.gt("timestamp", DateTimeUtils.formatInstant(((MongoTrackingToken) current).getTimestamp()));
            long count = 0;
            for (Document commit : events.find(newer).projection(Projections.include("firstSequenceNumber", "lastSequenceNumber", "sequenceNumber"))) {
                Number first = commit.get("firstSequenceNumber", commit.get("sequenceNumber", Number.class));
                Number last = commit.get("lastSequenceNumber", first);
                count += last.longValue() - first.longValue() + 1;
            }
            return OptionalLong.of(count);
        }
        return OptionalLong.empty();
    }
}
