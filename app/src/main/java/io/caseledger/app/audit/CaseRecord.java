package io.caseledger.app.audit;

import io.caseledger.domain.summary.CaseSummary;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A case as it stands, or stood, read from the event store through the one {@link CaseSummary} fold.
 * {@code asOf} includes events stamped at or before that instant, to the millisecond as the history lists
 * them, so an instant copied from the history includes its event; {@code asOfSequence} includes that event.
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
            return (asOf == null || stampedBy(event, asOf))
                    && (asOfSequence == null || event.getSequenceNumber() <= asOfSequence);
        }

        /** Stamped at or before {@code instant}, compared at the millisecond precision the history shows. */
        public static boolean stampedBy(DomainEventMessage<?> event, Instant instant) {
            return !event.getTimestamp().truncatedTo(ChronoUnit.MILLIS).isAfter(instant);
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
