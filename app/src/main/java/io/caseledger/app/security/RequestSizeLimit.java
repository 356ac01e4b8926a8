package io.caseledger.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.caseledger.app.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * No command needs more than 64 KiB of JSON; larger bodies are refused with 413 before anything
 * reads them. Chunked bodies without a length are refused too, so the limit cannot be sidestepped.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeLimit extends OncePerRequestFilter {

    static final long MAX_BODY_BYTES = 64 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean hasBody = "POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()) || "PATCH".equals(request.getMethod());
        long length = request.getContentLengthLong();
        if (hasBody && (length > MAX_BODY_BYTES || (length < 0 && request.getHeader("Transfer-Encoding") != null))) {
            response.setStatus(413);
            response.setContentType("application/problem+json");
            response.getWriter().write(Problems.text(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Request bodies are limited to 64 KiB."));
            return;
        }
        chain.doFilter(request, response);
    }
}
