package bella.bootstrap.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Shows how far a rebuild has come: events done of total, the rate in events per second and the time left. On a
 * terminal each update redraws the line in place; into a file or a pipe it writes a line every few seconds only,
 * so a log stays readable.
 */
final class ProgressBar {

    /** How often a line is written when the output is no terminal. */
    static final Duration LOG_EVERY = Duration.ofSeconds(5);
    private static final int WIDTH = 30;

    private final String label;
    private final Clock clock;
    private final boolean terminal;
    private final Instant began;
    private Instant lastWritten;
    private int lastLength;

    ProgressBar(String label, Clock clock, boolean terminal) {
        this.label = label;
        this.clock = clock;
        this.terminal = terminal;
        this.began = clock.instant();
    }

    /** What to print now that {@code done} of {@code total} events are read: empty when nothing is due. */
    String update(long done, long total) {
        Instant now = clock.instant();
        if (!terminal && lastWritten != null && now.isBefore(lastWritten.plus(LOG_EVERY))) {
            return "";
        }
        lastWritten = now;
        String line = line(Math.min(done, total), total, now, false);
        return terminal ? redraw(line) : line + System.lineSeparator();
    }

    /** The last line, with all {@code total} events read. */
    String finish(long total) {
        String line = line(total, total, clock.instant(), true);
        return (terminal ? redraw(line) : line) + System.lineSeparator();
    }

    private String line(long done, long total, Instant now, boolean finished) {
        double seconds = Math.max(Duration.between(began, now).toMillis(), 1) / 1000.0;
        double rate = done / seconds;
        int filled = total <= 0 ? WIDTH : (int) (WIDTH * done / total);
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        String end = finished ? "done in " + duration(seconds)
                : rate > 0 ? duration((total - done) / rate) + " left" : "time left unknown";
        return String.format(Locale.ROOT, "%s [%s] %,d of %,d events, %,.0f events/s, %s", label, bar, done, total,
                rate, end);
    }

    /** Back to the start of the line, and blanks over whatever a longer previous line left. */
    private String redraw(String line) {
        String padding = " ".repeat(Math.max(0, lastLength - line.length()));
        lastLength = line.length();
        return "\r" + line + padding;
    }

    private static String duration(double seconds) {
        long whole = Math.round(seconds);
        return seconds < 10 ? String.format(Locale.ROOT, "%.1f s", seconds)
                : whole < 3600 ? String.format(Locale.ROOT, "%d:%02d", whole / 60, whole % 60)
                : String.format(Locale.ROOT, "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60);
    }
}
