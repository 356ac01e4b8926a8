package io.caseledger.domain.shared;

import org.axonframework.commandhandling.CommandExecutionException;

/**
 * Why a command was refused. It extends Axon's {@link CommandExecutionException} and carries a
 * {@link Rejection} as details, so the reason survives the trip through Axon Server's command
 * router as well as the local bus. Messages must never contain personal data: they end up in
 * logs and problem+json bodies.
 */
public class CommandRejected extends CommandExecutionException {

    private final Rejection rejection;

    public CommandRejected(Rejection rejection) {
        super(rejection.message(), null, rejection);
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }

    /** A field of the command is missing or malformed (HTTP 400). */
    public static CommandRejected invalid(String field, String message) {
        return new CommandRejected(new Rejection(Rejection.Kind.INVALID, "invalid-field", field, message));
    }

    /** A business rule forbids the command in the case's current state (HTTP 422). */
    public static CommandRejected rule(String code, String message) {
        return new CommandRejected(new Rejection(Rejection.Kind.RULE, code, null, message));
    }

    /** The command conflicts with what already happened, e.g. a second enrolment (HTTP 409). */
    public static CommandRejected conflict(String code, String message) {
        return new CommandRejected(new Rejection(Rejection.Kind.CONFLICT, code, null, message));
    }

    /** The actor may not act on this case, e.g. a case manager on another's caseload (HTTP 403). */
    public static CommandRejected forbidden(String code, String message) {
        return new CommandRejected(new Rejection(Rejection.Kind.FORBIDDEN, code, null, message));
    }

    /** The case id names no case the caller may see (HTTP 404, the same whatever the reason). */
    public static CommandRejected noSuchCase() {
        return new CommandRejected(Rejection.NO_SUCH_CASE);
    }

    /** The command names something that does not exist (HTTP 404). */
    public static CommandRejected notFound(String code, String message) {
        return new CommandRejected(new Rejection(Rejection.Kind.NOT_FOUND, code, null, message));
    }
}
