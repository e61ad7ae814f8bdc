package bella.bootstrap.access;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.io.IOException;

/**
 * The answers to a request refused for want of the owner's login, for coming from another site, or by the firewall: JSON
 * reasons.
 */
final class Refusals {

    private Refusals() {
    }

    /** 401, asking for Basic when there is a Basic login to give. */
    static AuthenticationEntryPoint signInFirst(OwnerCredentials credentials) {
        String reason = credentials.anySet() ? "sign in with ADMIN_USER and ADMIN_PASS, or send X-API-Key"
                : "set ADMIN_USER and ADMIN_PASS or API_KEY to use this from another machine";
        return (request, response, why) -> {
            if (credentials.basicSet()) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Bella\"");
            }
            write(response, HttpServletResponse.SC_UNAUTHORIZED, reason);
        };
    }

    /** 403: the only request refused to a signed-in owner is a change asked for by another site's page. */
    static AccessDeniedHandler onlyFromOwnPages() {
        return (request, response, why) -> write(response, HttpServletResponse.SC_FORBIDDEN,
                "changes are taken from Bella's own pages only");
    }

    /** 400 for a request Spring's firewall refuses (";", encoded slashes, "..", control characters in the path). */
    static RequestRejectedHandler unusualRequest() {
        return (request, response, why) -> write(response, HttpServletResponse.SC_BAD_REQUEST,
                "the request's path or headers hold characters Bella does not accept");
    }

    private static void write(HttpServletResponse response, int status, String reason) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getWriter().write("{\"error\":\"" + reason + "\"}");
    }
}
