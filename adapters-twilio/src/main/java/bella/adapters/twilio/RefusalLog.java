package bella.adapters.twilio;

import org.slf4j.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Logs refused webhook requests as one short line per reason and minute at most, counting the ones left out: anyone
 * can post to a public webhook, and a line (let alone a stack trace) per request would let them fill the disk.
 */
final class RefusalLog {

    static final Duration EVERY = Duration.ofMinutes(1);
    private static final int LONGEST_DETAIL = 200;

    private final Logger log;
    private final Clock clock;
    private final Map<String, Window> windows = new HashMap<>();

    RefusalLog(Logger log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /**
     * @param reason what was wrong, the same text for every request refused for it (it keys the count)
     * @param detail what identifies this request (path, address), nothing secret; cut short and kept on one line
     */
    void refused(String reason, String detail) {
        long leftOut;
        synchronized (windows) {
            Instant now = clock.instant();
            Window window = windows.get(reason);
            if (window != null && now.isBefore(window.opened().plus(EVERY))) {
                windows.put(reason, new Window(window.opened(), window.leftOut() + 1));
                return;
            }
            leftOut = window == null ? 0 : window.leftOut();
            windows.put(reason, new Window(now, 0));
        }
        log.warn("Refused a webhook: {} ({}){}", reason, oneShortLine(detail),
                leftOut == 0 ? "" : "; " + leftOut + " more for this reason since the last such line");
    }

    private static String oneShortLine(String text) {
        String line = text.replaceAll("\\p{Cntrl}", "?");
        return line.length() <= LONGEST_DETAIL ? line : line.substring(0, LONGEST_DETAIL) + "...";
    }

    private record Window(Instant opened, long leftOut) {
    }
}
