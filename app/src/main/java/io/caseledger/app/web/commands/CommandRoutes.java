package io.caseledger.app.web.commands;

import java.util.List;

/** A group of routes; each feature contributes its own bean, so features do not edit a shared table. */
public record CommandRoutes(List<CommandRoute> routes) {

    public static CommandRoutes of(CommandRoute... routes) {
        return new CommandRoutes(List.of(routes));
    }
}
