package io.caseledger.app.web.commands;

import io.caseledger.domain.shared.Role;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A POST path (with {@code {caseId}}-style variables named like the command's fields), the command
 * record it builds, the roles that may send it, and optionally the id field a new entity gets
 * when the caller does not supply one.
 */
public record CommandRoute(String path, Class<? extends Record> command, Set<Role> roles, String generatedId) {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    /**
     * Path variables and the generated id are bound to the command's fields by name, so a misspelt one
     * would only show as a 400 at run time; checked here, it stops the start with the route named.
     */
    public CommandRoute {
        Set<String> fields = Arrays.stream(command.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
        PATH_VARIABLE.matcher(path).results().map(m -> m.group(1)).filter(name -> !fields.contains(name)).findFirst()
                .ifPresent(name -> {
                    throw new IllegalStateException("Route " + path + ": path variable {" + name + "} is no field of " + command.getSimpleName());
                });
        if (generatedId != null && !fields.contains(generatedId)) {
            throw new IllegalStateException("Route " + path + ": generated id " + generatedId + " is no field of " + command.getSimpleName());
        }
    }

    public static CommandRoute post(String path, Class<? extends Record> command, Role... roles) {
        return new CommandRoute(path, command, Set.of(roles), null);
    }

    /** The field holding the id of the aggregate the command is for ({@code caseId}, {@code resourceId}). */
    public String targetIdField() {
        return Arrays.stream(command.getRecordComponents())
                .filter(c -> c.getAccessor().isAnnotationPresent(TargetAggregateIdentifier.class))
                .map(RecordComponent::getName)
                .findFirst().orElseThrow(() -> new IllegalStateException(command.getSimpleName() + " names no target aggregate"));
    }

    /** The command creates something: answer 201 and fill {@code idField} with a UUID when absent. */
    public CommandRoute creating(String idField) {
        return new CommandRoute(path, command, roles, idField);
    }
}
