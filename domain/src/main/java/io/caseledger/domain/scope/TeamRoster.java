package io.caseledger.domain.scope;

import java.util.Optional;
import java.util.Set;

/** Which team each case manager belongs to: configuration, or an identity provider's groups. */
public interface TeamRoster {

    Optional<String> teamOf(String staffId);

    /** The case managers of a team. */
    Set<String> caseManagersOf(String team);

    /** A fixed roster from case manager to team. */
    static TeamRoster of(java.util.Map<String, String> teamByCaseManager) {
        java.util.Map<String, String> copy = java.util.Map.copyOf(teamByCaseManager);
        return new TeamRoster() {
            @Override
            public Optional<String> teamOf(String staffId) {
                return Optional.ofNullable(copy.get(staffId));
            }

            @Override
            public Set<String> caseManagersOf(String team) {
                return copy.entrySet().stream().filter(e -> e.getValue().equals(team)).map(java.util.Map.Entry::getKey)
                        .collect(java.util.stream.Collectors.toUnmodifiableSet());
            }
        };
    }
}
