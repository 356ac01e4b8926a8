package io.caseledger.app.operations;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** When a view stops saying "rebuilding": at the newest stored event on the Mongo store, as Axon says elsewhere. */
class ReplayEndTest {

    private static final Instant NEWEST = Instant.parse("2026-12-01T09:00:00Z");

    private static TrackingToken replayingAt(Instant processed) {
        MongoTrackingToken atReset = MongoTrackingToken.of(NEWEST, "e-last");
        return ReplayToken.createReplayToken(atReset, MongoTrackingToken.of(processed, "e-" + processed.toEpochMilli()));
    }

    @Test
    void a_mongo_replay_that_reached_the_newest_event_is_done_though_axon_still_flags_it() {
        assertThat(Projections.stillReplaying(true, replayingAt(NEWEST), () -> Optional.of(NEWEST))).isFalse();
    }

    @Test
    void a_mongo_replay_behind_the_newest_event_is_still_rebuilding() {
        assertThat(Projections.stillReplaying(true, replayingAt(NEWEST.minusSeconds(60)), () -> Optional.of(NEWEST))).isTrue();
    }

    @Test
    void other_stores_and_finished_replays_are_taken_at_axons_word() {
        TrackingToken global = ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(99), new GlobalSequenceTrackingToken(5));
        assertThat(Projections.stillReplaying(true, global, () -> { throw new AssertionError("no store lookup needed"); })).isTrue();
        assertThat(Projections.stillReplaying(false, replayingAt(NEWEST.minusSeconds(60)), Optional::empty)).isFalse();
    }

    @Test
    void a_fresh_store_has_nothing_to_rebuild_but_a_replay_not_yet_started_has() {
        assertThat(Projections.stillReplaying(true, null, Optional::empty)).isFalse();
        assertThat(Projections.stillReplaying(true, null, () -> Optional.of(NEWEST))).isTrue();
    }
}
