package io.caseledger.bench;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.concurrent.TimeUnit;

/**
 * All of the app's streaming event processors (projections and policies). Each phase waits for
 * them to finish the previous phase's events, so no phase pays for another's leftover work.
 */
final class Processors {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    Processors(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    /** Waits until every segment of every processor has reached the newest stored event. */
    void awaitIdle() throws InterruptedException {
        long start = System.nanoTime();
        while (!idle()) {
            if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(30)) {
                throw new IllegalStateException("event processors did not catch up within 30 minutes");
            }
            Thread.sleep(50);
        }
    }

    private boolean idle() {
        TrackingToken head = eventStore.createHeadToken();
        long headPosition = head == null ? 0 : head.position().orElse(0);
        for (EventProcessor processor : processing.eventProcessors().values()) {
            if (processor instanceof StreamingEventProcessor streaming && !reached(streaming, headPosition)) {
                return false;
            }
        }
        return true;
    }

    private static boolean reached(StreamingEventProcessor processor, long head) {
        if (processor.processingStatus().isEmpty()) {
            return head == 0;
        }
        for (EventTrackerStatus segment : processor.processingStatus().values()) {
            TrackingToken position = WrappedToken.unwrapLowerBound(segment.getTrackingToken());
            if (position == null ? head > 0 : position.position().orElse(0) < head) {
                return false;
            }
        }
        return true;
    }
}
