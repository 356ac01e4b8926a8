package io.caseledger.bench;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.bson.Document;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * All of the app's streaming event processors (projections and policies). Each phase waits for
 * them to finish the previous phase's events, so no phase pays for another's leftover work.
 */
final class Processors {

    private final EventProcessingConfiguration processing;
    private final MongoDatabase database;

    Processors(EventProcessingConfiguration processing, MongoDatabase database) {
        this.processing = processing;
        this.database = database;
    }

    /** Waits until every segment of every processor has reached the newest stored event. */
    void awaitIdle() throws InterruptedException {
        long start = System.nanoTime();
        while (!idle()) {
            if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(30)) {
                throw new IllegalStateException("event processors did not catch up within 30 minutes");
            }
            // Finding the newest event scans the collection on the embedded store, so ask rarely.
            Thread.sleep(200);
        }
    }

    /**
     * The Mongo store's own head token is simply "now", which no processor ever covers, so the
     * newest stored event's timestamp is compared with each token's instead.
     */
    private boolean idle() {
        Document newest = database.getCollection(Store.EVENTS).find()
                .projection(Projections.include("timestamp")).sort(Sorts.descending("timestamp")).first();
        if (newest == null) {
            return true;
        }
        Instant head = DateTimeUtils.parseInstant(newest.getString("timestamp"));
        for (EventProcessor processor : processing.eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming && !reached(streaming, head)) {
                return false;
            }
        }
        return true;
    }

    private static boolean reached(StreamingEventProcessor processor, Instant head) {
        if (processor.processingStatus().isEmpty()) {
            return false;
        }
        for (EventTrackerStatus segment : processor.processingStatus().values()) {
            TrackingToken position = WrappedToken.unwrapLowerBound(segment.getTrackingToken());
            boolean reached = position instanceof MongoTrackingToken mongo
                    ? !mongo.getTimestamp().isBefore(head) : segment.isCaughtUp();
            if (!reached) {
                return false;
            }
        }
        return true;
    }
}
