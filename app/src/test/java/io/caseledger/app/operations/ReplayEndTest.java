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
        return new EventTrackerStatus() {
            public Segment getSegment() { return Segment.ROOT_SEGMENT; }
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
}
