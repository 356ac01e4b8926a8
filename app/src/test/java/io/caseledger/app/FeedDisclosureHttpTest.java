package io.caseledger.app;

import io.caseledger.domain.shared.StreamType;
import io.caseledger.domain.access.CaseRecordAccessed;
import io.caseledger.domain.catalogue.EventCatalogue;
import io.caseledger.domain.enrolment.ClientEnrolled;
import io.caseledger.domain.shared.MetadataKeys;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Disclosure by allow-list, for every event type in the catalogue: each is published with every text
 * value a unique marker; the reporting feed may show a marker only of a field the event classes mark
 * disclosable as it is, and the store may hold a marker of a personal field only sealed.
 */
@HttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedDisclosureHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    private final MarkedEvents marked = new MarkedEvents();
    private final List<String> expectedTypes = new ArrayList<>();
    private List<JsonNode> feed;
    private String shown;
    private String stored;

    /** One marked event of every catalogued type published; the feed read after them and their stored payloads. */
    @BeforeAll
    void publish() {
        String start = read(null).end();
        List<String> streams = new ArrayList<>();
        for (EventCatalogue.Entry entry : EventCatalogue.entries()) {
            Record payload = marked.build(entry.type());
            String type = entry.type().getSimpleName();
            MetaData metadata = MetaData.from(Map.of(MetadataKeys.USER, marked.marker(type + " metadata userId", false, false),
                    MetadataKeys.ROLE, "CASE_MANAGER", MetadataKeys.REASON, marked.marker(type + " metadata reason", false, false),
                    MetadataKeys.CORRELATION_ID, marked.marker(type + " metadata correlationId", false, false)));
            if (payload instanceof CaseRecordAccessed) {
                eventStore.publish(GenericEventMessage.asEventMessage(payload).andMetaData(metadata));
                continue;
            }
            String stream = streamOf(payload);
            eventStore.publish(new GenericDomainEventMessage<>(StreamType.CASE, stream, 0, payload, metadata));
            streams.add(stream);
            expectedTypes.add(type);
        }
        feed = read(start).events();
        shown = feed.toString();
        StringBuilder payloads = new StringBuilder();
        for (String stream : streams) {
            DomainEventMessage<?> event = eventStore.readEvents(stream).next();
            payloads.append(event.serializePayload(eventSerializer, String.class).getData());
        }
        stored = payloads.toString();
    }

    @Test
    void every_case_event_type_reaches_the_feed_and_read_audit_does_not() {
        assertThat(feed).extracting(e -> e.get("type").asString()).containsExactlyElementsOf(expectedTypes);
    }

    @Test
    void the_feed_shows_no_field_that_is_not_marked_disclosable_as_it_is() {
        assertThat(marked.markers().stream().filter(m -> !m.disclosedAsIs() && shown.contains(m.value())).map(MarkedEvents.Marker::path))
                .isEmpty();
    }

    @Test
    void the_feed_withholds_no_field_marked_disclosable_as_it_is() {
        assertThat(marked.markers().stream().filter(m -> m.disclosedAsIs() && !shown.contains(m.value())).map(MarkedEvents.Marker::path))
                .isEmpty();
    }

    @Test
    void staff_ids_reach_the_feed_under_a_pseudonym() {
        JsonNode enrolment = feed.get(expectedTypes.indexOf(ClientEnrolled.class.getSimpleName())).get("payload");

        assertThat(enrolment.get("caseManagerId").asString()).startsWith("p-");
    }

    @Test
    void personal_fields_are_stored_only_sealed() {
        assertThat(stored).contains("sealed:v1:");
        assertThat(marked.markers().stream().filter(m -> m.personal() && stored.contains(m.value())).map(MarkedEvents.Marker::path))
                .as("personal fields stored in clear").isEmpty();
    }

    private static String streamOf(Record payload) {
        for (var component : payload.getClass().getRecordComponents()) {
            if (component.getName().equals("caseId") || component.getName().equals("resourceId")) {
                try {
                    return (String) component.getAccessor().invoke(payload);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException(payload.getClass().getSimpleName() + " names no stream");
    }

    private record Feed(List<JsonNode> events, String end) {
    }

    /** The feed after {@code cursor} (null: from the start) to its end; other tests may have recorded before this one. */
    private Feed read(String cursor) {
        Api api = new Api(port);
        List<JsonNode> events = new ArrayList<>();
        JsonNode page;
        do {
            page = api.get("rae", "/api/feed?limit=1000" + (cursor == null ? "" : "&after=" + cursor)).json();
            page.get("events").forEach(events::add);
            cursor = page.get("next").isNull() ? cursor : page.get("next").asString();
        } while (page.get("more").asBoolean());
        return new Feed(events, cursor);
    }
}
