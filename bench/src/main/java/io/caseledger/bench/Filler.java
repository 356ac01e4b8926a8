package io.caseledger.bench;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Grows the event store to a size without spending the run on it: copies of stored event rows
 * under new case ids ({@code EVENTS_PER_CASE} events each), inserted by SQL, so the table and its
 * indexes are as large as those of a store with that many cases. The copies are filler, not cases
 * anyone loads; every processor is moved past them (its token set to the new head) so the command
 * phases measured afterwards are not competing with a replay of the filler.
 */
final class Filler {

    static final int EVENTS_PER_CASE = 20;

    private final DataSource events;
    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;

    Filler(DataSource events, EventStore eventStore, EventProcessingConfiguration processing) {
        this.events = events;
        this.eventStore = eventStore;
        this.processing = processing;
    }

    /** Filler cases stored so far. */
    long fillerCases() throws SQLException {
        try (Connection c = events.getConnection(); var s = c.createStatement();
             var r = s.executeQuery("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier LIKE 'filler-%'")) {
            r.next();
            long rows = r.getLong(1);
            c.commit();
            return rows / EVENTS_PER_CASE;
        }
    }

    /** Adds filler until the store holds {@code cases} cases in all; answers how many it added. */
    long growTo(long cases, long realCases) throws SQLException {
        long first = fillerCases();
        long add = Math.max(0, cases - realCases - first);
        processing.eventProcessors().values().forEach(p -> p.shutDown());
        try (Connection c = events.getConnection(); var s = c.prepareStatement("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                                payload_type, payload_revision, payload, meta_data)
                SELECT gen_random_uuid()::text, 'filler-' || n, t.seq, t.type, t.time_stamp, t.payload_type,
                       t.payload_revision, t.payload, t.meta_data
                FROM generate_series(?::bigint, ?::bigint) AS n
                CROSS JOIN (SELECT row_number() OVER (ORDER BY global_index) - 1 AS seq, type, time_stamp, payload_type,
                                   payload_revision, payload, meta_data
                            FROM domain_event_entry WHERE aggregate_identifier NOT LIKE 'filler-%'
                            ORDER BY global_index LIMIT ?) AS t""")) {
            long batch = 5_000;
            for (long from = first; from < first + add; from += batch) {
                s.setLong(1, from);
                s.setLong(2, Math.min(first + add, from + batch) - 1);
                s.setInt(3, EVENTS_PER_CASE);
                s.executeUpdate();
                c.commit();
            }
        }
        skipToHead();
        return add;
    }

    private void skipToHead() {
        TrackingToken head = eventStore.createHeadToken();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                TokenStore tokens = processing.tokenStore(name);
                for (int segment : tokens.fetchSegments(name)) {
                    tokens.storeToken(head, name, segment);
                    tokens.releaseClaim(name, segment);
                }
            }
            processor.start();
        });
    }
}
