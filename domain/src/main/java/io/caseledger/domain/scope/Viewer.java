package io.caseledger.domain.scope;

import io.caseledger.domain.shared.MetadataKeys;
import io.caseledger.domain.shared.Role;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The staff member a message acts for, as stamped in its metadata at the boundary: user, role,
 * team, and the teams whose cases a case manager covers (for leave and cross-cover).
 */
public record Viewer(String userId, Role role, String team, Set<String> covers) {

    public Viewer {
        covers = covers == null ? Set.of() : Set.copyOf(covers);
    }

    /** The viewer a message carries, or empty when it carries none (then nothing is readable). */
    public static Optional<Viewer> of(Map<String, ?> metadata) {
        Object user = metadata.get(MetadataKeys.USER);
        Object role = metadata.get(MetadataKeys.ROLE);
        if (user == null || role == null) {
            return Optional.empty();
        }
        Role parsed;
        try {
            parsed = Role.valueOf(role.toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Object team = metadata.get(MetadataKeys.TEAM);
        return Optional.of(new Viewer(user.toString(), parsed, team == null ? null : team.toString(),
                splitCovers(metadata.get(MetadataKeys.COVERS))));
    }

    /** The metadata that {@link #of} reads back. */
    public Map<String, Object> toMetadata() {
        Map<String, Object> metadata = new java.util.HashMap<>();
        metadata.put(MetadataKeys.USER, userId);
        metadata.put(MetadataKeys.ROLE, role.name());
        if (team != null) {
            metadata.put(MetadataKeys.TEAM, team);
        }
        if (!covers.isEmpty()) {
            metadata.put(MetadataKeys.COVERS, String.join(",", covers.stream().sorted().toList()));
        }
        return metadata;
    }

    public boolean is(Role other) {
        return role == other;
    }

    private static Set<String> splitCovers(Object value) {
        if (value == null || value.toString().isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.toString().split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
