package io.caseledger.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.caseledger.app.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@link #MAX_FAILURES} failed logins for one user name within
 * {@link #WINDOW}, further attempts for that name get 429 until the window passes, whatever the
 * password. Keyed by user name (not IP) because staff share NAT addresses and attackers rotate them.
 */
@Component
public class AuthenticationThrottle extends OncePerRequestFilter {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(5);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        failures.computeIfAbsent(event.getAuthentication().getName(), k -> new ArrayDeque<>()).addLast(clock.instant());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(event.getAuthentication().getName());
    }

    public boolean blocked(String username) {
        Deque<Instant> recent = failures.get(username);
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            Instant horizon = clock.instant().minus(WINDOW);
            while (!recent.isEmpty() && recent.peekFirst().isBefore(horizon)) {
                recent.pollFirst();
            }
            return recent.size() >= MAX_FAILURES;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = basicUsername(request.getHeader("Authorization"));
        if (username != null && blocked(username)) {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(WINDOW.toSeconds()));
            response.setContentType("application/problem+json");
            response.getWriter().write(Problems.text(HttpStatus.TOO_MANY_REQUESTS, "too-many-failed-logins",
                    "Too many failed logins for this account; try again later."));
            return;
        }
        chain.doFilter(request, response);
    }

    private static String basicUsername(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
