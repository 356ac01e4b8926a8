package io.caseledger.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where a JWT from the identity provider carries who the user is, their CaseLedger role, their team
 * and the teams they cover. Defaults fit Keycloak: realm roles under {@code realm_access.roles} and
 * user attributes mapped to top-level claims (see docker/keycloak). Dotted names reach nested claims.
 */
@ConfigurationProperties("caseledger.security.jwt")
public record JwtSettings(String usernameClaim, String rolesClaim, String teamClaim, String coversClaim) {

    public JwtSettings {
        usernameClaim = usernameClaim == null ? "preferred_username" : usernameClaim;
        rolesClaim = rolesClaim == null ? "realm_access.roles" : rolesClaim;
        teamClaim = teamClaim == null ? "team" : teamClaim;
        coversClaim = coversClaim == null ? "covers" : coversClaim;
    }
}
