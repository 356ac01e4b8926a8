package io.caseledger.app.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.util.List;

/** Recomputes a case's hash chain from the event store and reports the first broken link. */
@Component
public class ChainVerification {

    private final CaseHistory history;

    ChainVerification(CaseHistory history) {
        this.history = history;
    }

    /**
     * @param brokenAtSequence the sequence of the first event that does not verify, or null
     * @param problem          sequence-gap, previous-hash-mismatch or hash-mismatch, or null
     */
    public record Report(String caseId, boolean verified, int events, String headHash, Long brokenAtSequence,
                         String problem) {
    }

    public Report verify(String caseId) {
        return verify(caseId, history.events(caseId));
    }

    /** Any stream's chain, a case's or a community resource's: the digest covers them all. */
    public Report verifyStream(String id) {
        return verify(id, history.stream(id));
    }

    private Report verify(String caseId, List<DomainEventMessage<?>> events) {
        String previous = ChainLink.GENESIS;
        long expectedSequence = 0;
        for (DomainEventMessage<?> event : events) {
            long sequence = event.getSequenceNumber();
            if (sequence != expectedSequence) {
                return broken(caseId, events.size(), Math.min(sequence, expectedSequence), "sequence-gap");
            }
            if (!previous.equals(event.getMetaData().get(ChainLink.PREVIOUS_HASH))) {
                return broken(caseId, events.size(), sequence, "previous-hash-mismatch");
            }
            String recomputed = history.hash(history.link(event, previous));
            if (!recomputed.equals(event.getMetaData().get(ChainLink.HASH))) {
                return broken(caseId, events.size(), sequence, "hash-mismatch");
            }
            previous = recomputed;
            expectedSequence++;
        }
        return new Report(caseId, true, events.size(), events.isEmpty() ? null : previous, null, null);
    }

    private static Report broken(String caseId, int events, long sequence, String problem) {
        return new Report(caseId, false, events, null, sequence, problem);
    }
}
