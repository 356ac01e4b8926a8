package io.caseledger.app.security;

import io.caseledger.domain.scope.Viewer;
import io.caseledger.domain.shared.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The authenticated user, the role they act in and the team scope they act within, as recorded in
 * message metadata. Basic users get team and covers from configuration, JWT users from claims.
 */
public record Actor(String userId, Role role, String team, Set<String> covers) {

    static final String ROLE_PREFIX = "ROLE_";

    public Actor {
        covers = covers == null ? Set.of() : Set.copyOf(covers);
    }

    /** The team a staff member works in and the teams they cover, as their sign-in established. */
    public record TeamScope(String team, List<String> covers) {
        public TeamScope {
            covers = covers == null ? List.of() : List.copyOf(covers);
        }
    }

    /** An authentication (or its principal) that knows the staff member's team scope. */
    public interface TeamBearing {
        TeamScope teamScope();
    }

    public static Optional<Actor> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        TeamScope teams = auth.getPrincipal() instanceof TeamBearing t ? t.teamScope()
                : auth instanceof TeamBearing t ? t.teamScope() : new TeamScope(null, List.of());
        return auth.getAuthorities().stream()
                .map(a -> a.getAuthority())
                .filter(a -> a.startsWith(ROLE_PREFIX))
                .map(a -> Role.valueOf(a.substring(ROLE_PREFIX.length())))
                .findFirst()
                .map(role -> new Actor(auth.getName(), role, teams.team(), Set.copyOf(teams.covers())));
    }

    public static Actor require() {
        return current().orElseThrow(() -> new IllegalStateException("no authenticated actor"));
    }

    public boolean is(Role other) {
        return role == other;
    }

    public Viewer viewer() {
        return new Viewer(userId, role, team, covers);
    }
}
