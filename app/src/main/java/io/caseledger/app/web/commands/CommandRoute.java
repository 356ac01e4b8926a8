package io.caseledger.app.web.commands;

import io.caseledger.domain.shared.Role;

import java.util.Set;

/**
 * A POST path (with {@code {caseId}}-style variables named like the command's fields), the command
 * record it builds, the roles that may send it, and optionally the id field a new entity gets
 * when the caller does not supply one.
 */
public record CommandRoute(String path, Class<? extends Record> command, Set<Role> roles, String generatedId) {

    public static CommandRoute post(String path, Class<? extends Record> command, Role... roles) {
        return new CommandRoute(path, command, Set.of(roles), null);
    }

    /** The command creates something: answer 201 and fill {@code idField} with a UUID when absent. */
    public CommandRoute creating(String idField) {
        return new CommandRoute(path, command, roles, idField);
    }
}
