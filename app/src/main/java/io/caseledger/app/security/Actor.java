package io.caseledger.app.security;

import io.caseledger.domain.shared.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** The authenticated user and the role they act in, as recorded in event metadata. */
public record Actor(String userId, Role role) {

    static final String ROLE_PREFIX = "ROLE_";

    public static Optional<Actor> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        return auth.getAuthorities().stream()
                .map(a -> a.getAuthority())
                .filter(a -> a.startsWith(ROLE_PREFIX))
                .map(a -> Role.valueOf(a.substring(ROLE_PREFIX.length())))
                .findFirst()
                .map(role -> new Actor(auth.getName(), role));
    }

    public static Actor require() {
        return current().orElseThrow(() -> new IllegalStateException("no authenticated actor"));
    }

    public boolean is(Role other) {
        return role == other;
    }
}
