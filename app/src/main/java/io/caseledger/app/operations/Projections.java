package io.caseledger.app.operations;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.axonframework.common.DateTimeUtils;
import io.caseledger.domain.shared.CommandRejected;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.bson.Document;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The projections: processing groups of handlers in {@code io.caseledger.projections}. Policies (handlers
 * that send commands) live elsewhere and are never listed, so a rebuild can never re-send a command.
 */
@Component
public class Projections {

    private static final String PROJECTION_PACKAGE = "io.caseledger.projections";

    private final EventProcessingConfiguration processing;
    private final MongoDatabase database;
    private final TokenStore tokenStore;
    private final boolean mongoEventStore;
    /** Projections started over on the Mongo store, with the newest event stored when they did. */
    private final Map<String, Instant> startedOver = new ConcurrentHashMap<>();
    private final List<String> names;

    Projections(EventProcessingConfiguration processing, ApplicationContext context, MongoDatabase database, TokenStore tokenStore,
                ObjectProvider<EventStorageEngine> storageEngine) {
        this.processing = processing;
        this.database = database;
        this.tokenStore = tokenStore;
        this.mongoEventStore = storageEngine.getIfAvailable() instanceof MongoEventStorageEngine;
        this.names = groupsIn(context);
    }

    /** The processing groups of the projection beans in {@code context}, sorted by name. */
    static List<String> groupsIn(ApplicationContext context) {
        return List.copyOf(Arrays.stream(context.getBeanNamesForAnnotation(ProcessingGroup.class))
                .map(context::getType)
                .filter(type -> type != null && type.getPackageName().startsWith(PROJECTION_PACKAGE))
                .map(type -> AnnotationUtils.findAnnotation(type, ProcessingGroup.class).value())
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }

    public List<String> names() {
        return names;
    }

    public Optional<StreamingEventProcessor> processor(String name) {
        return names.contains(name)
                ? processing.eventProcessor(name, StreamingEventProcessor.class)
                : Optional.empty();
    }

    public boolean isRebuilding(String name) {
        return processor(name).map(p -> startingOver(name, p) || p.processingStatus().values().stream()
                .anyMatch(s -> stillReplaying(s.isReplaying(), s.getTrackingToken(), this::newestStoredEvent))).orElse(false);
    }

    /**
     * Clears the projection and processes every stored event into it again. Axon's reset wraps the
     * position in a replay token, which on Mongo tokens merges two maps of recent event ids for every
     * event replayed: 88 % of a rebuild's CPU in the read-side benchmark, and slower the longer the
     * replay. So on the Mongo store a projection starts over instead: its reset handler runs, its tokens
     * are deleted, it processes from the first event, and it says "rebuilding" until it has passed the
     * newest event stored when the rebuild began. Projections do nothing differently in a replay, so
     * nothing else changes. With Axon Server the tokens are sequence numbers and Axon's reset is kept.
     */
    public void rebuild(String name) {
        StreamingEventProcessor processor = processor(name).orElseThrow();
        processor.shutDown();
        try {
            if (mongoEventStore && processor instanceof AbstractEventProcessor handlers) {
                Optional<Instant> newest = newestStoredEvent();
                handlers.eventHandlerInvoker().performReset();
                for (int segment : tokenStore.fetchSegments(name)) {
                    tokenStore.fetchToken(name, segment); // claims it: only the owner may delete a token
                    tokenStore.deleteToken(name, segment);
                }
                newest.ifPresentOrElse(at -> startedOver.put(name, at), () -> startedOver.remove(name));
            } else {
                processor.resetTokens();
            }
        } catch (UnableToClaimTokenException e) {
            throw CommandRejected.conflict("projection-claimed-elsewhere", "Another node is processing that projection.");
        } finally {
            processor.start();
        }
    }

    /** A projection started over is rebuilding until every segment has passed the newest event stored at the start. */
    private boolean startingOver(String name, StreamingEventProcessor processor) {
        Instant target = startedOver.get(name);
        if (target == null) {
            return false;
        }
        var segments = processor.processingStatus().values();
        boolean reached = !segments.isEmpty() && segments.stream().allMatch(s ->
                WrappedToken.unwrapLowerBound(s.getTrackingToken()) instanceof MongoTrackingToken mongo && !mongo.getTimestamp().isBefore(target));
        if (reached) {
            startedOver.remove(name, target);
        }
        return !reached;
    }

    /**
     * Axon ends a replay when the processor passes the position it had at the reset. On Axon's Mongo
     * store that needs an event newer than the reset: its tokens compare by a look-back window of event
     * ids, so the last replayed event seldom "covers" the old position, and on a quiet store the view
     * would say "rebuilding" until the next event, maybe for hours. So a Mongo segment whose replay has
     * reached the newest stored event counts as rebuilt. Other stores' tokens end replays exactly.
     */
    static boolean stillReplaying(boolean replaying, TrackingToken token, Supplier<Optional<Instant>> newestStoredEvent) {
        if (!replaying) {
            return false;
        }
        TrackingToken position = WrappedToken.unwrapLowerBound(token);
        if (position == null) {
            // Nothing processed yet: a fresh store (nothing to rebuild) or a replay that has just begun.
            return newestStoredEvent.get().isPresent();
        }
        if (!(position instanceof MongoTrackingToken mongo)) {
            return true;
        }
        return newestStoredEvent.get().map(mongo.getTimestamp()::isBefore).orElse(false);
    }

    /** Asked only while a segment replays; Axon's Mongo store writes the timestamp as ISO-8601 text. */
    private Optional<Instant> newestStoredEvent() {
        Document newest = database.getCollection("domainevents").find()
                .projection(com.mongodb.client.model.Projections.include("timestamp"))
                .sort(Sorts.descending("timestamp")).first();
        return Optional.ofNullable(newest).map(d -> DateTimeUtils.parseInstant(d.getString("timestamp")));
    }

    /** Share of the replay done, from the segments' positions where the store's tokens have them. */
    public OptionalDouble rebuildProgress(String name) {
        if (processor(name).map(p -> startingOver(name, p)).orElse(false)) {
            return OptionalDouble.empty();
        }
        Collection<EventTrackerStatus> segments = processor(name).map(p -> p.processingStatus().values()).orElse(List.of());
        double done = 0;
        double total = 0;
        for (EventTrackerStatus status : segments) {
            if (!stillReplaying(status.isReplaying(), status.getTrackingToken(), this::newestStoredEvent)) {
                done += 1;
                total += 1;
                continue;
            }
            if (status.getCurrentPosition().isEmpty() || status.getResetPosition().isEmpty()
                    || status.getResetPosition().getAsLong() <= 0) {
                return OptionalDouble.empty();
            }
            done += Math.min(1.0, (double) status.getCurrentPosition().getAsLong() / status.getResetPosition().getAsLong());
            total += 1;
        }
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of(done / total);
    }
}
