package io.caseledger.app.operations;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A rebuilt view stops saying "rebuilding" when it reaches the reset position, not at the next new event. */
class ReplayEndTest {

    private static EventTrackerStatus status(TrackingToken token) {
        return status(Segment.ROOT_SEGMENT, token);
    }

    private static EventTrackerStatus status(Segment segment, TrackingToken token) {
        return new EventTrackerStatus() {
            public Segment getSegment() { return segment; }
            public boolean isCaughtUp() { return true; }
            public boolean isReplaying() { return ReplayToken.isReplay(token); }
            public boolean isMerging() { return false; }
            public java.util.OptionalLong mergeCompletedPosition() { return java.util.OptionalLong.empty(); }
            public TrackingToken getTrackingToken() { return token; }
            public boolean isErrorState() { return false; }
            public Throwable getError() { return null; }
            public java.util.OptionalLong getCurrentPosition() { return token == null ? java.util.OptionalLong.empty() : token.position(); }
            public java.util.OptionalLong getResetPosition() { return ReplayToken.getTokenAtReset(token); }
        };
    }

    private static TrackingToken replayAt(long processed) {
        TrackingToken atReset = GapAwareTrackingToken.newInstance(74, Set.of());
        return ReplayToken.createReplayToken(atReset, GapAwareTrackingToken.newInstance(processed, Set.of()));
    }

    @Test
    void a_segment_behind_its_reset_position_is_rebuilding() {
        assertThat(ProjectionAdmin.stillReplaying(status(replayAt(10)))).isTrue();
    }

    @Test
    void a_segment_at_its_reset_position_has_rebuilt_even_though_axon_still_calls_it_a_replay() {
        TrackingToken atEnd = ((ReplayToken) replayAt(10)).advancedTo(GapAwareTrackingToken.newInstance(74, Set.of()));
        assertThat(ReplayToken.isReplay(atEnd)).as("Axon ends it only at the next event").isTrue();
        assertThat(ProjectionAdmin.stillReplaying(status(atEnd))).isFalse();
    }

    @Test
    void a_segment_that_is_not_replaying_is_not_rebuilding() {
        assertThat(ProjectionAdmin.stillReplaying(status(GapAwareTrackingToken.newInstance(3, Set.of())))).isFalse();
    }

    /** After a reset, segments are claimed one by one: the one done first must not end the rebuild of the others. */
    @Test
    void a_rebuild_has_not_reached_its_target_while_a_segment_has_not_reported() {
        TrackingToken done = GapAwareTrackingToken.newInstance(74, Set.of());
        Segment[] halves = Segment.ROOT_SEGMENT.split();

        assertThat(ProjectionAdmin.reached(74, Set.of(status(halves[1], done)))).isFalse();
        assertThat(ProjectionAdmin.reached(74, Set.of(status(halves[0], done), status(halves[1], done)))).isTrue();
        assertThat(ProjectionAdmin.reached(74, Set.of(status(halves[0], replayAt(10)), status(halves[1], done)))).isFalse();
    }
}
