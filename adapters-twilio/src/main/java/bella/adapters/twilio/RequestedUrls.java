package bella.adapters.twilio;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where Bella learns the URL Twilio requested. Behind a TLS proxy the request Bella receives names the proxy's
 * internal address, not the public one Twilio signed: the owner either states the public base URL, or lets Bella
 * trust the proxy's {@code X-Forwarded-*} headers. The headers are trusted only when the owner says so, because
 * anyone can send them: trusted blindly, they would let a request Twilio signed for another host pass here.
 */
final class RequestedUrls {

    /** A host name or bracketed IPv6 address, and perhaps a port: nothing a URL could be bent with. */
    private static final Pattern HOST =
            Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)(?::([0-9]{1,5}))?");
    private static final int HIGHEST_PORT = 65_535;

    private final Function<HttpServletRequest, Optional<RequestedUrl>> finding;

    private RequestedUrls(Function<HttpServletRequest, Optional<RequestedUrl>> finding) {
        this.finding = finding;
    }

    /** Twilio calls Bella directly: the request's own scheme, host and port. */
    static RequestedUrls asReceived() {
        return new RequestedUrls(request -> Optional.of(new RequestedUrl(request.getScheme(),
                request.getServerName(), request.getServerPort(), pathAndQuery("", request))));
    }

    /**
     * Twilio calls {@code publicBaseUrl}: a scheme, a host, perhaps a port, and perhaps a path that the proxy strips
     * before passing the request on. The setting is checked at start-up.
     */
    static RequestedUrls under(String publicBaseUrl) {
        URI base = URI.create(publicBaseUrl.strip().replaceAll("/+$", ""));
        String scheme = base.getScheme().toLowerCase(Locale.ROOT);
        String prefix = base.getRawPath() == null ? "" : base.getRawPath();
        return new RequestedUrls(request -> Optional.of(new RequestedUrl(scheme, base.getHost(), base.getPort(),
                pathAndQuery(prefix, request))));
    }

    /**
     * The proxy says what Twilio asked for: {@code X-Forwarded-Proto}, {@code X-Forwarded-Host} (or {@code Host},
     * which some proxies keep and forward instead) and {@code X-Forwarded-Port} when the host names no port. Of a
     * list, the first value counts: the one set by the proxy Twilio reached. Values a URL cannot hold leave it empty.
     */
    static RequestedUrls fromForwardedHeaders() {
        return new RequestedUrls(request -> {
            String scheme = first(request, "X-Forwarded-Proto", request.getScheme()).toLowerCase(Locale.ROOT);
            Matcher host = HOST.matcher(first(request, "X-Forwarded-Host", first(request, "Host", "")));
            if (!scheme.matches("https?") || !host.matches()) {
                return Optional.empty();
            }
            String port = host.group(2) != null ? host.group(2) : first(request, "X-Forwarded-Port", "");
            if (port.isEmpty()) {
                return Optional.of(new RequestedUrl(scheme, host.group(1), -1, pathAndQuery("", request)));
            }
            if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > HIGHEST_PORT) {
                return Optional.empty();
            }
            return Optional.of(new RequestedUrl(scheme, host.group(1), Integer.parseInt(port),
                    pathAndQuery("", request)));
        });
    }

    /** The URL of this request, or empty when the headers it would be built from are unusable. */
    Optional<RequestedUrl> of(HttpServletRequest request) {
        return finding.apply(request);
    }

    /** The path and query exactly as they arrived: raw, never decoded, as Twilio signed them. */
    private static String pathAndQuery(String prefix, HttpServletRequest request) {
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        return prefix + request.getRequestURI() + query;
    }

    private static String first(HttpServletRequest request, String header, String otherwise) {
        String value = request.getHeader(header);
        return value == null || value.isBlank() ? otherwise : value.split(",", 2)[0].strip();
    }
}
