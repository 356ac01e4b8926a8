package io.caseledger.app.security;

import io.caseledger.domain.shared.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Staff accounts from configuration: user id, BCrypt password hash ({@code {bcrypt}$2a$...}),
 * role and team. The embedded default ships demo accounts; production supplies its own.
 */
@ConfigurationProperties("caseledger.security")
public record StaffSettings(List<StaffMember> users) {

    public StaffSettings {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record StaffMember(String username, String password, Role role, String team) {
    }
}
