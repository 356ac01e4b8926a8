package io.caseledger.app.web;

import io.caseledger.domain.shared.Rejection;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.modelling.command.AggregateEntityNotFoundException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.security.access.AccessDeniedException;

import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * What a failed command or query means to the person who sent it: a {@link Rejection} for every
 * expected refusal, empty for anything unexpected. The API answers it as problem+json, the pages show
 * it next to the field it names; both read it here.
 */
public final class Refusals {

    private Refusals() {
    }

    public static Optional<Rejection> of(Throwable e) {
        if (e instanceof CompletionException && e.getCause() != null) {
            return of(e.getCause());
        }
        if (e instanceof HandlerExecutionException handler) {
            // A Rejection in the details survives a trip through Axon Server.
            return handler.getDetails().filter(Rejection.class::isInstance).map(Rejection.class::cast);
        }
        if (e instanceof ConcurrencyException) {
            return Optional.of(new Rejection(Rejection.Kind.CONFLICT, "concurrent-modification", null,
                    "The case was changed by another request; reload and try again."));
        }
        if (e instanceof AggregateNotFoundException || e instanceof IncompatibleAggregateException) {
            // A command for a case that was never created (or an id of something else, e.g. a community resource).
            return Optional.of(Rejection.NO_SUCH_CASE);
        }
        if (e instanceof AggregateEntityNotFoundException) {
            return Optional.of(new Rejection(Rejection.Kind.NOT_FOUND, "entry-not-found", null, "The case has no such entry."));
        }
        if (e instanceof AccessDeniedException) {
            return Optional.of(new Rejection(Rejection.Kind.FORBIDDEN, "forbidden", null, e.getMessage()));
        }
        if (e instanceof RequestRefused refused) {
            return Optional.of(refused.rejection());
        }
        return Optional.empty();
    }
}
