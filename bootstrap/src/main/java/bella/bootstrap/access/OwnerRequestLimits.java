package bella.bootstrap.access;

import bella.application.limits.ClientAddress;
import bella.application.limits.RateLimit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * The owner's API and pages, so many requests a minute per client address, counted before the login is checked so
 * that guessing passwords is slowed too. A client over the limit gets 429 and Retry-After. Requests made on this
 * machine (the command line, the health check) are not limited.
 */
final class OwnerRequestLimits extends OncePerRequestFilter {

    /**
     * A minute: the original service allowed 10 to its API; a dashboard page view makes about five requests (the
     * page, its style, script and chart, the live stream) and a re-run one more, so 60 lets the owner click freely
     * while a password guesser gets 60 tries a minute.
     */
    static final int PER_CLIENT = 60;

    private final RateLimit limit;
    private final boolean trustProxyHeaders;

    OwnerRequestLimits(RateLimit limit, boolean trustProxyHeaders) {
        this.limit = limit;
        this.trustProxyHeaders = trustProxyHeaders;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = ClientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"),
                trustProxyHeaders).flatMap(limit::take);
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(wait.get().toSeconds()));
        response.setContentType("application/json");
        response.getWriter().write("{\"error\":\"too many requests: at most " + limit.perMinute()
                + " a minute\"}");
    }
}
