package io.caseledger.app.audit;

import io.caseledger.app.storage.SnapshotAudit;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Recomputes a stream's hash chain from the event store and reports the first broken link. Every
 * stream is chained (cases and community resources alike), so the digest verifies them all.
 */
@Component
public class ChainVerification {

    private final CaseHistory history;

    ChainVerification(CaseHistory history) {
        this.history = history;
    }

    /**
     * @param brokenAtSequence the sequence of the first event that does not verify, or null
     * @param problem          sequence-gap, previous-hash-mismatch or hash-mismatch, or null
     * @param snapshot         the case's stored snapshot checked against its events, where the check was asked
     *                         for and there is one; else null
     */
    public record ChainReport(String caseId, boolean verified, int events, String headHash, Long brokenAtSequence,
                         String problem, SnapshotAudit.Result snapshot) {

        public ChainReport with(SnapshotAudit.Result snapshot) {
            return new ChainReport(caseId, verified, events, headHash, brokenAtSequence, problem, snapshot);
        }
    }

    /** A stream with no events is broken at 0 (sequence-gap): the digest knows it had a head, so it was deleted. */
    public ChainReport verify(String streamId) {
        return verify(streamId, history.stream(streamId));
    }

    /** The chain of {@code events}, a stream the caller has already read from the store. */
    public ChainReport verify(String streamId, List<DomainEventMessage<?>> events) {
        if (events.isEmpty()) {
            return broken(streamId, 0, 0, "sequence-gap");
        }
        String previous = ChainLink.GENESIS;
        long expectedSequence = 0;
        for (DomainEventMessage<?> event : events) {
            long sequence = event.getSequenceNumber();
            if (sequence != expectedSequence) {
                return broken(streamId, events.size(), Math.min(sequence, expectedSequence), "sequence-gap");
            }
            if (!previous.equals(event.getMetaData().get(ChainLink.PREVIOUS_HASH))) {
                return broken(streamId, events.size(), sequence, "previous-hash-mismatch");
            }
            String recomputed = history.hash(history.link(event, previous));
            if (!recomputed.equals(event.getMetaData().get(ChainLink.HASH))) {
                return broken(streamId, events.size(), sequence, "hash-mismatch");
            }
            previous = recomputed;
            expectedSequence++;
        }
        return new ChainReport(streamId, true, events.size(), previous, null, null, null);
    }

    private static ChainReport broken(String caseId, int events, long sequence, String problem) {
        return new ChainReport(caseId, false, events, null, sequence, problem, null);
    }
}
