package bella.bootstrap.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;

/**
 * Times every Twilio webhook, signature check included, as a histogram by webhook and status: each second here is
 * dead air on the caller's line, and Twilio gives up after 15.
 */
final class WebhookTimer extends OncePerRequestFilter {

    private static final Set<String> WEBHOOKS = Set.of("voice", "gather", "status");

    private final MeterRegistry registry;

    WebhookTimer(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            Timer.builder("bella.webhook")
                    .description("Time to answer a Twilio webhook")
                    .tag("webhook", webhook(request.getRequestURI()))
                    .tag("status", String.valueOf(response.getStatus()))
                    .publishPercentileHistogram()
                    .maximumExpectedValue(Duration.ofSeconds(15))
                    .register(registry)
                    .record(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** The webhook's name; any other path under /twilio is "other", so a stranger cannot add meters at will. */
    private static String webhook(String uri) {
        String last = uri.substring(uri.lastIndexOf('/') + 1);
        return WEBHOOKS.contains(last) ? last : "other";
    }
}
