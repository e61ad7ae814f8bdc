package bella.application.understanding;

import bella.domain.call.Expectation;
import bella.domain.call.Understood;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Measures understanding against the shared booking corpus, whose dates assume "today" is Friday 2019-03-01.
 * Run by hand: {@code java ... CorpusCheck [path] [--misses]}.
 */
public final class CorpusCheck {

    private static final Path DEFAULT = Path.of("/work/shared/corpora/booking-utterances.tsv");
    private static final ZoneId ZONE = ZoneId.of("America/Toronto");
    private static final ZonedDateTime NOW = ZonedDateTime.of(2019, 3, 1, 8, 0, 0, 0, ZONE);

    public static void main(String[] args) throws IOException {
        Path path = args.length > 0 && !args[0].startsWith("--") ? Path.of(args[0]) : DEFAULT;
        boolean misses = List.of(args).contains("--misses");
        Understanding understanding = new Understanding("US", LocalTime.of(9, 0), LocalTime.of(17, 0));
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int text = header.indexOf("text");
        int intentColumn = header.indexOf("intent");
        int dateColumn = header.indexOf("resolved_date");
        int timeColumn = header.indexOf("resolved_time");
        int nameColumn = header.indexOf("name");
        Tally dates = new Tally("date");
        Tally times = new Tally("time");
        Tally intents = new Tally("intent");
        Tally names = new Tally("name");
        Tally askedNames = new Tally("name when asked for it");
        for (String line : lines.subList(1, lines.size())) {
            String[] row = line.split("\t", -1);
            Understood u = understanding.understand(row[text], Expectation.INTENT, NOW);
            String id = row[0];
            if (!row[dateColumn].isEmpty()) {
                String got = u.start() == null ? "none" : u.start().atZone(ZONE).toLocalDate().toString();
                dates.count(id, row[text], row[dateColumn], got, misses);
            }
            if (!row[timeColumn].isEmpty()) {
                String got = u.timeSaid() ? u.start().atZone(ZONE).toLocalTime().toString() : "none";
                times.count(id, row[text], row[timeColumn], got, misses);
            }
            intents.count(id, row[text], row[intentColumn], u.intent().name().toLowerCase(Locale.ROOT), misses);
            if (!row[nameColumn].isEmpty()) {
                String expected = row[nameColumn].toLowerCase(Locale.ROOT);
                names.count(id, row[text], expected, String.valueOf(u.name()).toLowerCase(Locale.ROOT), misses);
                String asked = understanding.understand(row[text], Expectation.NAME, NOW).name();
                askedNames.count(id, row[text], expected, String.valueOf(asked).toLowerCase(Locale.ROOT), misses);
            }
        }
        List.of(dates, times, intents, names, askedNames).forEach(t -> System.out.println(t.summary()));
    }

    private static final class Tally {
        private final String what;
        private int right;
        private int total;

        Tally(String what) {
            this.what = what;
        }

        void count(String id, String text, String expected, String got, boolean print) {
            total++;
            if (expected.equals(got)) {
                right++;
            } else if (print) {
                System.out.println(what + " MISS " + id + " expected=" + expected + " got=" + got + " | " + text);
            }
        }

        String summary() {
            return String.format(Locale.ROOT, "%-24s %d/%d = %.1f%%", what, right, total, 100.0 * right / total);
        }
    }
}
