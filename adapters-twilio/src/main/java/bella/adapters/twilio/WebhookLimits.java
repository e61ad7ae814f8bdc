package bella.adapters.twilio;

import bella.application.limits.ClientAddress;
import bella.application.limits.RateLimit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Webhooks beyond the pace of real calls. A webhook that asks what to say (the call, an answer) and is over the
 * limit is still answered with TwiML, a polite goodbye, so the caller never hears Twilio's "application error";
 * anything else (a status report) answers 429 with Retry-After. One line is logged per reason and minute, naming no
 * caller.
 */
final class WebhookLimits extends OncePerRequestFilter {

    /** A number as Twilio gives it; anything else (a withheld number) is limited per call instead. */
    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9]{3,20}");
    private static final UrlPathHelper PATHS = new UrlPathHelper();
    private static final Logger log = LoggerFactory.getLogger(WebhookLimits.class);

    private final RefusalLog refusals = new RefusalLog(log, Clock.systemUTC());
    private final RateLimit limit;
    private final Function<HttpServletRequest, Optional<String>> key;
    private final String reason;
    private final boolean twimlOnly;
    private final TwimlReplies replies;

    private WebhookLimits(RateLimit limit, Function<HttpServletRequest, Optional<String>> key, String reason,
                          boolean twimlOnly, TwimlReplies replies) {
        this.limit = limit;
        this.key = key;
        this.reason = reason;
        this.twimlOnly = twimlOnly;
        this.replies = replies;
    }

    /**
     * Every webhook, per address it came from, before its signature is checked: a host sending junk is stopped
     * before any work. Requests made on this machine (its own load runs) are not limited.
     */
    static WebhookLimits perAddress(RateLimit limit, boolean trustProxyHeaders, TwimlReplies replies) {
        return new WebhookLimits(limit, request -> ClientAddress.of(request.getRemoteAddr(),
                request.getHeader("X-Forwarded-For"), trustProxyHeaders),
                "more than " + limit.perMinute() + " webhooks a minute from one address", false, replies);
    }

    /**
     * The webhooks a call is answered by, per caller's number, once the signature has shown them Twilio's: an
     * unsigned request cannot spend a real caller's allowance. Status reports are not counted: one comes per call,
     * and one refused would leave the call open for good.
     */
    static WebhookLimits perCaller(RateLimit limit, TwimlReplies replies) {
        return new WebhookLimits(limit, request -> {
            String from = request.getParameter("From");
            String callSid = request.getParameter("CallSid");
            return from != null && NUMBER.matcher(from.strip()).matches() ? Optional.of(from.strip())
                    : Optional.ofNullable(callSid);
        }, "more than " + limit.perMinute() + " webhooks a minute from one caller", true, replies);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return twimlOnly && !answersWithTwiml(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = key.apply(request).flatMap(limit::take);
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        refusals.refused(reason, request.getMethod() + " " + request.getRequestURI());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (answersWithTwiml(request)) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(MediaType.APPLICATION_XML_VALUE);
            response.getWriter().write(replies.tooManyCalls());
            return;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(wait.get().toSeconds()));
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.getWriter().write("too many requests");
    }

    private static boolean answersWithTwiml(HttpServletRequest request) {
        String path = PATHS.getPathWithinApplication(request);
        return path.equals(TwimlReplies.VOICE_PATH) || path.equals(TwimlReplies.GATHER_PATH);
    }
}
