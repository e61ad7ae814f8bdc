package bella.bootstrap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Guards the owner's pages, API and metrics: HTTP Basic with ADMIN_USER/ADMIN_PASS, or the API_KEY in
 * {@code X-API-Key}. With neither configured, only this machine may look. A browser keeps the owner's Basic login
 * and sends it with any request to Bella, even one a page of another site makes it post: such posts are refused.
 */
class AdminAccess extends OncePerRequestFilter {

    private final String basic;
    private final String apiKey;

    AdminAccess(String user, String password, String apiKey) {
        this.basic = user.isBlank() || password.isBlank() ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.apiKey = apiKey.isBlank() ? null : apiKey;
    }

    /** The path as the router will see it: decoded, without ";" parameters, so no disguise skips the check. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = new UrlPathHelper().getPathWithinApplication(request);
        return !(path.startsWith("/api/") || path.equals("/api") || path.startsWith("/dashboard")
                || path.startsWith("/actuator/prometheus"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromAnotherSite(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"changes are taken from Bella's own pages only\"}");
            return;
        }
        if (allowed(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        if (basic != null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Bella\"");
        }
        response.setContentType("application/json");
        response.getWriter().write(basic == null && apiKey == null
                ? "{\"error\":\"set ADMIN_USER and ADMIN_PASS or API_KEY to use this from another machine\"}"
                : "{\"error\":\"sign in with ADMIN_USER and ADMIN_PASS, or send X-API-Key\"}");
    }

    private boolean allowed(HttpServletRequest request) {
        if (basic == null && apiKey == null) {
            return isLoopback(request.getRemoteAddr());
        }
        return basic != null && same(basic, request.getHeader("Authorization"))
                || apiKey != null && same(apiKey, request.getHeader("X-API-Key"));
    }

    /**
     * A request that may change something, sent by a browser on behalf of a page that is not Bella's. Browsers name
     * the page's site in {@code Sec-Fetch-Site} whatever proxy stands in between; other clients send no such header.
     */
    private static boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                && ("cross-site".equals(site) || "same-site".equals(site));
    }

    /** Compares in constant time, so response timing does not leak how much of a secret was right. */
    private static boolean same(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException unreadable) {
            return false;
        }
    }
}
