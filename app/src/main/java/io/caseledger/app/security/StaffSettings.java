package io.caseledger.app.security;

import io.caseledger.domain.shared.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Staff accounts from configuration: user id, BCrypt password hash ({@code {bcrypt}$2a$...}),
 * role, team and the teams a case manager covers. The embedded default ships demo accounts;
 * production supplies its own. With a JWT identity provider, entries need no password: they are then
 * only the team roster (which case manager belongs to which team).
 */
@ConfigurationProperties("caseledger.security")
public record StaffSettings(List<StaffMember> users) {

    public StaffSettings {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record StaffMember(String username, String password, Role role, String team, List<String> covers) {

        public StaffMember {
            covers = covers == null ? List.of() : List.copyOf(covers);
        }
    }
}
