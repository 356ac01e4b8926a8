package io.caseledger.app.pages;

import io.caseledger.app.security.AuthenticationThrottle;
import io.caseledger.domain.shared.Role;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The pages sign in with a form and keep a session, so unlike the API (stateless Basic/JWT, no
 * cookies) they need CSRF protection, which Spring Security's defaults give every form. This chain
 * runs before the API's and matches only page paths, their static assets and sign-in/out; the CSP
 * lets in only this server's own scripts and styles (no inline script, no CDN).
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
class PageSecurity {

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationThrottle throttle) throws Exception {
        String cm = Role.CASE_MANAGER.name();
        String sup = Role.SUPERVISOR.name();
        String aud = Role.AUDITOR.name();
        http.securityMatcher("/", "/app/**", "/login", "/logout", "/webjars/**", "/assets/**")
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                // The same per-account throttle as HTTP Basic: failures count wherever they happen.
                .addFilterBefore(signInThrottle(throttle), UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
                .exceptionHandling(e -> e.accessDeniedPage("/app/denied"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/webjars/**", "/assets/**", "/app/denied").permitAll()
                        .requestMatchers("/").authenticated()
                        .requestMatchers("/app/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/app/teams/**").hasAnyRole(sup, aud)
                        .requestMatchers("/app/replay/**").hasAnyRole(sup, aud)
                        .requestMatchers(HttpMethod.POST, "/app/**").hasAnyRole(cm, sup)
                        .requestMatchers(HttpMethod.GET, "/app/caseload").hasRole(cm)
                        .requestMatchers(HttpMethod.GET, "/app/caseloads/**", "/app/cases/**").hasAnyRole(cm, sup, aud)
                        .requestMatchers(HttpMethod.GET, "/app/enrol").hasAnyRole(cm, sup)
                        .anyRequest().denyAll());
        return http.build();
    }

    private static Filter signInThrottle(AuthenticationThrottle throttle) {
        return (request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            String username = http.getParameter("username");
            if ("POST".equals(http.getMethod()) && "/login".equals(http.getServletPath()) && username != null && throttle.blocked(username)) {
                ((HttpServletResponse) response).sendRedirect("/login?throttled");
                return;
            }
            chain.doFilter(request, response);
        };
    }
}
