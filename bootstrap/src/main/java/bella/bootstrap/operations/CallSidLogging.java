package bella.bootstrap.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Puts the webhook's {@code CallSid} in the logging context for as long as Bella answers it, so every line logged
 * meanwhile (plain: in brackets before the logger; JSON: as the field {@code callSid}) names the call.
 */
final class CallSidLogging extends OncePerRequestFilter {

    static final String KEY = "callSid";
    /** Only what a Twilio SID can be: anything else a stranger posts never reaches the log as a call's name. */
    private static final Pattern SID = Pattern.compile("[A-Za-z0-9]{2,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String callSid = request.getParameter("CallSid");
        if (callSid == null || !SID.matcher(callSid).matches()) {
            chain.doFilter(request, response);
            return;
        }
        try (MDC.MDCCloseable ignored = MDC.putCloseable(KEY, callSid)) {
            chain.doFilter(request, response);
        }
    }
}
