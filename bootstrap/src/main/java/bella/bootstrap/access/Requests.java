package bella.bootstrap.access;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.UrlPathHelper;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/** The kinds of request the owner's access tells apart. */
final class Requests {

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private Requests() {
    }

    /**
     * The owner's pages, API and metrics, by the path as the router will see it: decoded, without ";" parameters, so
     * no disguise of the path slips past.
     */
    static RequestMatcher owners() {
        return request -> {
            String path = PATHS.getPathWithinApplication(request);
            return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/dashboard")
                    || path.startsWith("/actuator/prometheus");
        };
    }

    /**
     * A request that may change something, sent by a browser for a page of another site. Browsers name the page's
     * site in {@code Sec-Fetch-Site} whatever proxy stands in between, and a browser carries the owner's Basic login
     * to Bella with any request, even one another site's page makes: such a request is refused. Other clients (the
     * command line, scripts with the API key) send no such header, and no page can make a browser send the API key.
     */
    static RequestMatcher changesFromAnotherSite() {
        return request -> {
            String site = request.getHeader("Sec-Fetch-Site");
            return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                    && !"OPTIONS".equals(request.getMethod()) && !"TRACE".equals(request.getMethod())
                    && ("cross-site".equals(site) || "same-site".equals(site));
        };
    }

    /**
     * Made on this machine, and not passed on by a proxy there: a proxy on the same host would make every visitor
     * from the internet look local, and proxies name the client they pass on in these headers.
     */
    static boolean fromThisMachine(HttpServletRequest request) {
        if (request.getHeader("Forwarded") != null || request.getHeader("X-Forwarded-For") != null
                || request.getHeader("X-Real-IP") != null) {
            return false;
        }
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException unreadable) {
            return false;
        }
    }

    /**
     * Reached the client over TLS: directly, or through the proxy in front that PUBLIC_BASE_URL names, or as the
     * proxy's {@code X-Forwarded-Proto} says when TRUST_PROXY_HEADERS is on. Only then may Strict-Transport-Security
     * be sent: browsers ignore it over plain HTTP, and a wrong one would lock a plain-HTTP host out of browsers.
     */
    static RequestMatcher servedOverTls(String publicBaseUrl, boolean trustProxyHeaders) {
        boolean publicHttps = publicBaseUrl.strip().toLowerCase(Locale.ROOT).startsWith("https:");
        return request -> request.isSecure() || publicHttps || trustProxyHeaders
                && "https".equalsIgnoreCase(firstOf(request.getHeader("X-Forwarded-Proto")));
    }

    private static String firstOf(String list) {
        return list == null ? "" : list.split(",", -1)[0].strip();
    }
}
