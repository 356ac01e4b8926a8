package io.caseledger.app.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import io.caseledger.domain.shared.Role;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Stateless HTTP Basic over the configured staff, plus OAuth2 bearer tokens (JWT) when an identity
 * provider is configured. URL rules give each role its surface; caseload
 * scope, which a URL cannot express, is enforced where the data is decided: the Case aggregate for
 * commands and the query bus (QueryScopeInterceptor) for queries and subscriptions. CSRF protection is off
 * because the API keeps no session and accepts no cookies: every request carries its credentials.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder(@Value("${caseledger.security.verified-credential-ttl:PT60S}") Duration ttl) {
        return new VerifiedCredentials(PasswordEncoderFactories.createDelegatingPasswordEncoder(), ttl, Clock.systemUTC());
    }

    /** Accounts with a password sign in with HTTP Basic; entries without one are roster only (JWT users). */
    @Bean
    UserDetailsService staff(StaffDirectory directory) {
        return username -> directory.find(username)
                .filter(member -> member.password() != null && !member.password().isBlank())
                .map(StaffUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    /** The throttle runs inside the security chain only, not a second time as a plain servlet filter. */
    @Bean
    FilterRegistrationBean<AuthenticationThrottle> throttleOnlyInSecurityChain(AuthenticationThrottle throttle) {
        FilterRegistrationBean<AuthenticationThrottle> registration = new FilterRegistrationBean<>(throttle);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, AuthenticationThrottle throttle, ObjectProvider<JwtDecoder> jwtDecoder,
                            JwtSettings jwtSettings) throws Exception {
        boolean bearer = jwtDecoder.getIfAvailable() != null;
        ProblemAuthenticationHandlers problems = new ProblemAuthenticationHandlers(bearer);
        if (bearer) {
            // Production identity: the IdP's signed tokens (spring.security.oauth2.resourceserver.jwt.*).
            http.oauth2ResourceServer(oauth -> oauth
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(StaffJwtAuthentication.converter(jwtSettings)))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems));
        }
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(throttle, BasicAuthenticationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .authorizeHttpRequests(auth -> auth
                        // Async (SSE) and error dispatches continue a request already authorized above.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/error").permitAll()
                        // The API's description holds no data.
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**").permitAll()
                        .requestMatchers("/actuator/**", "/api/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/cases").hasAnyRole(Role.CASE_MANAGER.name(), Role.SUPERVISOR.name())
                        // Clinical content (history, diff, point in time) is never for ADMIN or REPORTING;
                        // verification and the digest carry only hashes, so operators may run them.
                        .requestMatchers(HttpMethod.GET, "/api/cases/*/history")
                            .hasAnyRole(Role.CASE_MANAGER.name(), Role.SUPERVISOR.name(), Role.AUDITOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/cases/*/verify")
                            .hasAnyRole(Role.CASE_MANAGER.name(), Role.SUPERVISOR.name(), Role.AUDITOR.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/cases/*/diff", "/api/cases/*/ncqa").hasAnyRole(Role.SUPERVISOR.name(), Role.AUDITOR.name())
                        // Who read what is for auditors and operators (privacy officers); NCQA file review for
                        // supervisors (their team) and auditors.
                        .requestMatchers(HttpMethod.GET, "/api/audit/access").hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/audit/ncqa/**").hasAnyRole(Role.SUPERVISOR.name(), Role.AUDITOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/audit/digest").hasAnyRole(Role.SUPERVISOR.name(), Role.AUDITOR.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/cases/*").hasAnyRole(Role.CASE_MANAGER.name(), Role.SUPERVISOR.name(), Role.AUDITOR.name())
                        // The de-identified event feed is the reporting role's whole surface.
                        .requestMatchers(HttpMethod.GET, "/api/feed").hasRole(Role.REPORTING.name())
                        // Command routes check their own roles (CommandRoute), from the same table that declares them.
                        .requestMatchers(HttpMethod.POST, "/api/cases/*/**", "/api/intake-referrals", "/api/resources/**").authenticated()
                        // Caseload scope (own, covered team, supervised team) is decided on the query bus.
                        .requestMatchers(HttpMethod.GET, "/api/caseloads/*", "/api/caseloads/*/stream", "/api/caseloads/*/referrals",
                                "/api/caseloads/*/appointments")
                            .hasAnyRole(Role.CASE_MANAGER.name(), Role.SUPERVISOR.name(), Role.AUDITOR.name())
                        // The community resource directory: the staff who register resources and refer clients to them.
                        .requestMatchers(HttpMethod.GET, "/api/resources", "/api/resources/*")
                            .hasAnyRole(Role.CASE_MANAGER.name(), Role.SUPERVISOR.name(), Role.AUDITOR.name(), Role.ADMIN.name())
                        // Team-wide views: the team's supervisor (decided on the query bus) and auditors.
                        .requestMatchers(HttpMethod.GET, "/api/teams/*", "/api/teams/*/referrals", "/api/teams/*/appointments")
                            .hasAnyRole(Role.SUPERVISOR.name(), Role.AUDITOR.name())
                        .anyRequest().denyAll());
        return http.build();
    }
}
