package bella.adapters.twilio;

import com.twilio.security.RequestValidator;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Lets through only requests Twilio signed with the account's auth token. Without a token, only this machine may
 * call: good for trying Bella out, never for a public address.
 */
class TwilioSignatures extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(TwilioSignatures.class);

    private final RefusalLog refusals = new RefusalLog(log, Clock.systemUTC());
    private final RequestValidator validator;
    private final String publicBaseUrl;

    /**
     * @param authToken     the account's auth token, or null to serve loopback clients only
     * @param publicBaseUrl the scheme and host Twilio calls (behind a TLS proxy), or null to use the request's URL
     */
    TwilioSignatures(String authToken, String publicBaseUrl) {
        this.validator = authToken == null ? null : new RequestValidator(authToken);
        this.publicBaseUrl = publicBaseUrl == null ? null : publicBaseUrl.replaceAll("/+$", "");
    }

    /** The path as the router will see it: decoded, without ";" parameters, so no disguise skips the check. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !new UrlPathHelper().getPathWithinApplication(request).startsWith("/twilio/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (validator == null ? isLoopback(request) : isSigned(request)) {
            chain.doFilter(request, response);
            return;
        }
        String reason = validator == null
                ? "Twilio webhooks are served to this machine only until TWILIO_AUTH_TOKEN is set"
                : "missing or invalid X-Twilio-Signature";
        refusals.refused(reason, request.getMethod() + " " + request.getRequestURI() + " from "
                + request.getRemoteAddr());
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain");
        response.getWriter().write(reason);
    }

    private boolean isSigned(HttpServletRequest request) {
        String signature = request.getHeader("X-Twilio-Signature");
        if (signature == null || signature.isBlank()) {
            return false;
        }
        return validator.validate(signedUrl(request), bodyParameters(request), signature);
    }

    private String signedUrl(HttpServletRequest request) {
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        String base = publicBaseUrl != null ? publicBaseUrl + request.getRequestURI()
                : request.getRequestURL().toString();
        return base + query;
    }

    /**
     * Twilio signs the POST body's parameters, not the query string's, while the servlet API merges both. Bella's
     * own query parameters never share a name with Twilio's, so leaving out the query's names is exact.
     */
    private static Map<String, String> bodyParameters(HttpServletRequest request) {
        Set<String> inQuery = new HashSet<>();
        if (request.getQueryString() != null) {
            for (String pair : request.getQueryString().split("&")) {
                inQuery.add(URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8));
            }
        }
        Map<String, String> body = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!inQuery.contains(name) && values.length > 0) {
                body.put(name, values[0]);
            }
        });
        return body;
    }

    private static boolean isLoopback(HttpServletRequest request) {
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException unreadable) {
            return false;
        }
    }
}
