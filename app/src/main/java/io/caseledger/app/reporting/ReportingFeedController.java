package io.caseledger.app.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import io.caseledger.domain.access.CaseRecordAccessed;
import io.caseledger.app.web.RequestRefused;
import io.caseledger.domain.shared.MetadataKeys;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * GET /api/feed: every case event in store order, de-identified, for reporting consumers (role
 * REPORTING): of each payload only what {@link Disclosure} lets through. Resumable: each page ends with the cursor to pass as {@code after} next time. Read
 * audit events are not part of it (they describe staff, not care).
 */
@RestController
class ReportingFeedController {

    private static final int WAIT_MILLIS = 50;

    /** One event as reporting sees it: its disclosable fields only, the case under its pseudonym, the acting role only. */
    record FeedEvent(String eventId, String type, String revision, Instant timestamp, String subject, Long sequence,
                     String actorRole, Map<String, Object> payload) {
    }

    record Feed(List<FeedEvent> events, String next, boolean more) {
    }

    private final EventStore eventStore;
    private final Serializer eventSerializer;
    private final Serializer serializer;
    private final Disclosure disclosure;
    private final Pseudonyms pseudonyms;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    ReportingFeedController(EventStore eventStore, @Qualifier("eventSerializer") Serializer eventSerializer, Serializer serializer,
                            Disclosure disclosure, Pseudonyms pseudonyms,
                            @Qualifier("defaultAxonObjectMapper") com.fasterxml.jackson.databind.ObjectMapper json) {
        this.eventStore = eventStore;
        this.eventSerializer = eventSerializer;
        this.serializer = serializer;
        this.disclosure = disclosure;
        this.pseudonyms = pseudonyms;
        this.json = json;
    }

    @GetMapping("/api/feed")
    Feed feed(@RequestParam(required = false) String after, @RequestParam(defaultValue = "100") int limit) throws Exception {
        if (limit < 1 || limit > 1000) {
            throw RequestRefused.invalid("limit", "must be between 1 and 1000");
        }
        TrackingToken position = after == null ? null : FeedCursor.read(after, serializer, eventStore.createHeadToken());
        List<FeedEvent> events = new ArrayList<>();
        boolean more = false;
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(position)) {
            while (stream.hasNextAvailable(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                if (events.size() == limit) {
                    more = true;
                    break;
                }
                TrackedEventMessage<?> event = stream.nextAvailable();
                position = event.trackingToken();
                if (!CaseRecordAccessed.class.equals(event.getPayloadType())) {
                    events.add(toFeed(event));
                }
            }
        }
        return new Feed(events, position == null ? null : FeedCursor.write(position, serializer), more);
    }

    @SuppressWarnings("unchecked")
    private FeedEvent toFeed(TrackedEventMessage<?> event) {
        Class<?> type = event.getPayloadType();
        JsonNode stored = event.serializePayload(eventSerializer, JsonNode.class).getData();
        String subject = stored.hasNonNull("caseId") ? pseudonyms.of(stored.get("caseId").asText()) : null;
        Long sequence = event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null;
        Object role = event.getMetaData().get(MetadataKeys.ROLE);
        return new FeedEvent(event.getIdentifier(), type.getSimpleName(), eventSerializer.typeForClass(type).getRevision(),
                event.getTimestamp(), subject, sequence, role == null ? null : role.toString(),
                json.convertValue(disclosure.of(stored, type), Map.class));
    }
}
