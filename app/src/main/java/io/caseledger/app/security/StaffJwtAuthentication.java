package io.caseledger.app.security;

import io.caseledger.domain.shared.Role;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A staff member signed in through the identity provider: name, role, team and covered teams taken
 * from the token's claims. A token carrying no CaseLedger role authenticates but may do nothing (403);
 * one carrying several takes the first in {@link Role} order, so give each user exactly one.
 */
final class StaffJwtAuthentication extends JwtAuthenticationToken implements Actor.TeamBearing {

    private final Actor.TeamScope teamScope;

    private StaffJwtAuthentication(Jwt jwt, Collection<? extends GrantedAuthority> authorities, String name,
                                   Actor.TeamScope teamScope) {
        super(jwt, authorities, name);
        this.teamScope = teamScope;
    }

    @Override
    public Actor.TeamScope teamScope() {
        return teamScope;
    }

    static Converter<Jwt, AbstractAuthenticationToken> converter(JwtSettings settings) {
        return jwt -> {
            String name = Optional.ofNullable(text(claim(jwt, settings.usernameClaim()))).orElse(jwt.getSubject());
            List<String> roles = strings(claim(jwt, settings.rolesClaim()));
            Optional<Role> role = Arrays.stream(Role.values())
                    .filter(r -> roles.stream().anyMatch(given -> normalise(given).equals(r.name())))
                    .findFirst();
            List<GrantedAuthority> authorities = role
                    .map(r -> AuthorityUtils.createAuthorityList(Actor.ROLE_PREFIX + r.name()))
                    .orElse(List.of());
            return new StaffJwtAuthentication(jwt, authorities, name,
                    new Actor.TeamScope(text(claim(jwt, settings.teamClaim())), strings(claim(jwt, settings.coversClaim()))));
        };
    }

    private static String normalise(String role) {
        return role.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static Object claim(Jwt jwt, String path) {
        Object value = jwt.getClaims();
        for (String part : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(part);
        }
        return value;
    }

    private static String text(Object value) {
        if (value instanceof Collection<?> many) {
            return many.stream().filter(Objects::nonNull).map(Object::toString).findFirst().orElse(null);
        }
        return value == null ? null : value.toString();
    }

    private static List<String> strings(Object value) {
        if (value instanceof Collection<?> many) {
            return many.stream().filter(Objects::nonNull).map(Object::toString).toList();
        }
        if (value instanceof String text && !text.isBlank()) {
            return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
        return List.of();
    }
}
