package io.caseledger.app.audit;

import io.caseledger.domain.summary.CaseSummary;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A case as it stands, or stood, read from the event store through the one {@link CaseSummary} fold.
 * {@code asOf} includes events stamped before that instant; {@code asOfSequence} includes that event.
 */
@Component
public class CaseRecord {

    private final CaseHistory history;

    CaseRecord(CaseHistory history) {
        this.history = history;
    }

    public record Cutoff(Instant asOf, Long asOfSequence) {
        public static final Cutoff NOW = new Cutoff(null, null);

        boolean includes(DomainEventMessage<?> event) {
            return (asOf == null || event.getTimestamp().isBefore(asOf))
                    && (asOfSequence == null || event.getSequenceNumber() <= asOfSequence);
        }

        public boolean isNow() {
            return asOf == null && asOfSequence == null;
        }
    }

    /** Empty when the case has no event before the cutoff (or does not exist). */
    public Optional<CaseSummary> summary(String caseId, Cutoff cutoff) {
        return fold(history.events(caseId), cutoff);
    }

    public static Optional<CaseSummary> fold(List<DomainEventMessage<?>> events, Cutoff cutoff) {
        CaseSummary summary = new CaseSummary();
        boolean any = false;
        for (DomainEventMessage<?> event : events) {
            if (!cutoff.includes(event)) {
                break;
            }
            summary.apply(event.getPayload(), event.getSequenceNumber(), event.getTimestamp(), event.getIdentifier());
            any = true;
        }
        return any ? Optional.of(summary) : Optional.empty();
    }
}
