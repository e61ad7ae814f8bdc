package bella.adapters.twilio;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Lets through only requests Twilio signed with the account's auth token, on every path under {@code /twilio/}
 * whatever webhook it serves. Without a token, only this machine may call: good for trying Bella out, never for a
 * public address.
 *
 * <p>Twilio's signature is base64(HMAC-SHA1(auth token, the URL it requested + each POST parameter's name and value,
 * sorted by name)). It is computed here rather than with the SDK's {@code RequestValidator}, which takes one value per
 * parameter (a second value of a signed parameter, which Spring would bind too, went unchecked) and decodes and
 * encodes the URL again when trying it with and without its port.
 */
class TwilioSignatures extends OncePerRequestFilter {

    static final String UNSIGNED = "missing or invalid X-Twilio-Signature";
    static final String UNUSABLE_PROXY_HEADERS = "X-Forwarded-Proto, X-Forwarded-Host or X-Forwarded-Port unusable";
    static final String UNSIGNED_BODY = "only a form-encoded body is covered by X-Twilio-Signature";
    static final String LOOPBACK_ONLY =
            "Twilio webhooks are served to this machine only until TWILIO_AUTH_TOKEN is set";

    private static final Logger log = LoggerFactory.getLogger(TwilioSignatures.class);
    private static final String HMAC = "HmacSHA1";

    private final RefusalLog refusals = new RefusalLog(log, Clock.systemUTC());
    private final SecretKeySpec key;
    private final RequestedUrls urls;

    /**
     * @param authToken the account's auth token, or null to serve loopback clients only
     * @param urls      where the URL Twilio requested, and signed, is found
     */
    TwilioSignatures(String authToken, RequestedUrls urls) {
        this.key = authToken == null ? null : new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), HMAC);
        this.urls = urls;
    }

    /** The path as the router will see it: decoded, without ";" parameters, so no disguise skips the check. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !new UrlPathHelper().getPathWithinApplication(request).startsWith("/twilio/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (key == null) {
            if (isLoopback(request)) {
                chain.doFilter(request, response);
            } else {
                refuse(LOOPBACK_ONLY, request.getRequestURI(), request, response);
            }
            return;
        }
        if (hasUnsignedBody(request)) {
            refuse(UNSIGNED_BODY, request.getRequestURI(), request, response);
            return;
        }
        Optional<RequestedUrl> url = urls.of(request);
        if (url.isEmpty()) {
            refuse(UNUSABLE_PROXY_HEADERS, request.getRequestURI(), request, response);
        } else if (isSigned(request, url.get())) {
            chain.doFilter(request, response);
        } else {
            refuse(UNSIGNED, url.get().toString(), request, response);
        }
    }

    /** One log line per reason and minute names the URL the signature was checked against: a proxy's mistake shows. */
    private void refuse(String reason, String url, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        refusals.refused(reason, request.getMethod() + " " + url + " from " + request.getRemoteAddr());
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain");
        response.getWriter().write(reason);
    }

    /**
     * Twilio signs a form body's parameters, and any other body (JSON, which Twilio signs through a {@code bodySHA256}
     * query parameter, or multipart) not at all here. No Bella webhook takes one, and Spring would still read a
     * multipart body's parts as parameters, so such a body is refused rather than let through unchecked.
     */
    private static boolean hasUnsignedBody(HttpServletRequest request) {
        boolean body = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        return body && !type.startsWith("application/x-www-form-urlencoded");
    }

    private boolean isSigned(HttpServletRequest request, RequestedUrl url) {
        String signature = request.getHeader("X-Twilio-Signature");
        if (signature == null || signature.isBlank()) {
            return false;
        }
        byte[] given = signature.strip().getBytes(StandardCharsets.UTF_8);
        String parameters = signedParameters(request);
        boolean valid = false;
        for (String form : url.signedForms()) {
            // constant time, and every form compared, so the time taken says nothing about how close a guess came
            valid |= MessageDigest.isEqual(sign(form + parameters), given);
        }
        return valid;
    }

    private byte[] sign(String data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return Base64.getEncoder().encode(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every JDK provides " + HMAC, impossible);
        }
    }

    /**
     * The POST parameters, each name followed by its value, sorted by name and, for a name given twice, by value, as
     * Twilio's own validators order them. The servlet API merges the query's parameters with the body's, the query's
     * first: those of the query are signed as part of the URL, so the first as many values of each name as the query
     * holds are left out here.
     */
    private static String signedParameters(HttpServletRequest request) {
        Map<String, Integer> inQuery = new HashMap<>();
        if (request.getQueryString() != null) {
            for (String pair : request.getQueryString().split("&")) {
                try {
                    inQuery.merge(URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8), 1, Integer::sum);
                } catch (IllegalArgumentException badEscape) {
                    // the servlet container leaves such a parameter out of its parameters too
                }
            }
        }
        Map<String, List<String>> body = new TreeMap<>();
        request.getParameterMap().forEach((name, values) -> {
            int skipped = Math.min(inQuery.getOrDefault(name, 0), values.length);
            if (values.length > skipped) {
                List<String> sorted = new ArrayList<>(Arrays.asList(values).subList(skipped, values.length));
                sorted.sort(null);
                body.put(name, sorted);
            }
        });
        StringBuilder signed = new StringBuilder();
        body.forEach((name, values) -> values.forEach(value -> signed.append(name).append(value)));
        return signed.toString();
    }

    private static boolean isLoopback(HttpServletRequest request) {
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException unreadable) {
            return false;
        }
    }
}
