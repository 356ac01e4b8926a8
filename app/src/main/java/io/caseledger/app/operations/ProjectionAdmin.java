package io.caseledger.app.operations;

import io.caseledger.projections.Projection;
import io.caseledger.domain.shared.CommandRejected;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The projections: processing groups of handlers in {@code io.caseledger.projections}. Policies (handlers
 * that send commands) live elsewhere and are never listed, so a rebuild can never re-send a command.
 */
@Component
public class ProjectionAdmin {


    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final List<String> names;
    /** Rebuilds started on this node, with the store's head position when they started. */
    private final Map<String, Long> rebuildTargets = new ConcurrentHashMap<>();

    ProjectionAdmin(EventProcessingConfiguration processing, EventStore eventStore, ApplicationContext context) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.names = groupsIn(context);
    }

    /** The processing groups of the beans marked {@link Projection} in {@code context}, sorted by name. */
    static List<String> groupsIn(ApplicationContext context) {
        return List.copyOf(Arrays.stream(context.getBeanNamesForAnnotation(Projection.class))
                .map(context::getType)
                .map(type -> AnnotationUtils.findAnnotation(type, ProcessingGroup.class).value())
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    public List<String> names() {
        return names;
    }

    public Optional<StreamingEventProcessor> processor(String name) {
        return names.contains(name)
                ? processing.eventProcessor(name, StreamingEventProcessor.class)
                : Optional.empty();
    }

    /**
     * Rebuilding until every segment has reached the position the store's head had when the rebuild
     * began. Between the reset and the moment a worker claims its segment the processor reports no
     * segments at all; the target recorded here keeps that moment from reading as "done".
     */
    public boolean isRebuilding(String name) {
        return processor(name).map(p -> targetPending(name, p.processingStatus().values())
                || p.processingStatus().values().stream().anyMatch(ProjectionAdmin::stillReplaying)).orElse(false);
    }

    private boolean targetPending(String name, Collection<EventTrackerStatus> segments) {
        Long target = rebuildTargets.get(name);
        if (target == null) {
            return false;
        }
        boolean reached = reached(target, segments);
        if (reached) {
            rebuildTargets.remove(name, target);
        }
        return !reached;
    }

    /**
     * Every segment of the stream has reported and stands at or past {@code target}. Segments are claimed
     * one by one after a reset, so one reported segment that is done says nothing of another not yet
     * reported: together they must cover the whole stream (a segment of mask m is 1/(m+1) of it).
     */
    static boolean reached(long target, Collection<EventTrackerStatus> segments) {
        double covered = segments.stream().mapToDouble(s -> 1.0 / (s.getSegment().getMask() + 1)).sum();
        return covered >= 1 && segments.stream()
                .allMatch(s -> s.getCurrentPosition().isPresent() && s.getCurrentPosition().getAsLong() >= target);
    }

    /**
     * Axon's replay token ends only with the first event stored after the reset, so on a quiet store a
     * replay that has processed everything would say "replaying" until the next command, maybe for hours.
     * A segment at or past its reset position has replayed all there was to replay.
     */
    static boolean stillReplaying(EventTrackerStatus status) {
        if (!status.isReplaying()) {
            return false;
        }
        return status.getCurrentPosition().isEmpty() || status.getResetPosition().isEmpty()
                || status.getCurrentPosition().getAsLong() < status.getResetPosition().getAsLong();
    }

    /**
     * Clears the projection (its reset handler) and processes every stored event into it again; false,
     * and nothing done, when a rebuild of it is already running. Starts are serialised on this node:
     * two requests that both saw none running would both restart the processor, and the loser, unable
     * to claim its tokens from the winner's fresh start, would be told another node held them.
     */
    public synchronized boolean startRebuild(String name) {
        StreamingEventProcessor processor = processor(name).orElseThrow();
        if (isRebuilding(name)) {
            return false;
        }
        processor.shutDown();
        try {
            TrackingToken head = eventStore.createHeadToken();
            long target = head == null ? 0 : head.position().orElse(0);
            processor.resetTokens();
            if (target > 0) {
                rebuildTargets.put(name, target);
            }
        } catch (UnableToClaimTokenException e) {
            throw CommandRejected.conflict("projection-claimed-elsewhere",
                    "Another node is processing that projection; ask that node to rebuild it.");
        } finally {
            processor.start();
        }
        return true;
    }

    /** Share of the replay done, from the segments' global positions. */
    public OptionalDouble rebuildProgress(String name) {
        Collection<EventTrackerStatus> segments = processor(name).map(p -> p.processingStatus().values()).orElse(List.of());
        if (segments.isEmpty() && rebuildTargets.containsKey(name)) {
            return OptionalDouble.of(0);
        }
        double done = 0;
        for (EventTrackerStatus status : segments) {
            if (!stillReplaying(status)) {
                done += 1;
                continue;
            }
            if (status.getCurrentPosition().isEmpty() || status.getResetPosition().isEmpty()
                    || status.getResetPosition().getAsLong() <= 0) {
                return OptionalDouble.empty();
            }
            done += Math.min(1.0, (double) status.getCurrentPosition().getAsLong() / status.getResetPosition().getAsLong());
        }
        return segments.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(done / segments.size());
    }
}
