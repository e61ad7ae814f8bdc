package bella.application.understanding;

import bella.application.conversation.OfferAnswers;
import bella.application.conversation.ReadBackAnswers;
import bella.domain.call.Expectation;
import bella.domain.call.Intent;
import bella.domain.call.Understood;
import com.joestelmach.natty.DateGroup;
import com.joestelmach.natty.Parser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TimeZone;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Scores the understanding pipeline, beside natty alone, on the public corpora in the test resources' {@code corpora}
 * folder (their sources and licences are in its two READMEs): the booking rows of {@code duckling-en-time.tsv} and the
 * caller turns of {@code booking-utterances.tsv}; then on the phrasings written apart from the code
 * ({@link CallerPhrasings}); and measures utterances per second on one thread. Run by hand, not a test:
 * {@code mvn -o -q -pl application test-compile exec:java -Dexec.mainClass=bella.application.understanding.UnderstandingBenchmark -Dexec.classpathScope=test [-Dexec.args=--misses]}.
 */
public final class UnderstandingBenchmark {

    /** Duckling's test offset; booking rows name no zone, so any fixed zone gives the same answers. */
    private static final ZoneId DUCKLING_ZONE = ZoneOffset.ofHours(-2);
    /** The business's zone for the booking turns: a real zone, whose spring-forward falls inside SGD's dates. */
    private static final ZoneId BUSINESS_ZONE = ZoneId.of("America/Toronto");
    /** SGD's normalised dates assume today is Friday 2019-03-01; the call comes in at opening time. */
    private static final ZonedDateTime SGD_NOW = ZonedDateTime.of(2019, 3, 1, 9, 0, 0, 0, BUSINESS_ZONE);
    private static final Map<String, Intent> INTENT_LABELS = Map.of("book", Intent.BOOK, "cancel", Intent.CANCEL,
            "reschedule", Intent.RESCHEDULE, "ask_hours", Intent.HOURS);
    private static final long TIMED_NANOS = 3_000_000_000L;

    /** The public corpora are American English: read as for an American business, with its public holidays. */
    private final Understanding bella = new Understanding("US", LocalTime.of(9, 0), LocalTime.of(17, 0), List.of(),
            Map.of(), PublicHolidays.of("US"));
    private final Parser natty = new Parser(TimeZone.getTimeZone("UTC"));
    private final Map<String, Score> scores = new LinkedHashMap<>();
    /** Intent misses by label and reading ("book -> other"), which tells a family of misses from scattered ones. */
    private final Map<String, Integer> intentMisses = new TreeMap<>();
    private final boolean printMisses;

    private UnderstandingBenchmark(boolean printMisses) {
        this.printMisses = printMisses;
        for (String what : List.of("booking intent", "  intent book", "  intent cancel", "  intent reschedule",
                "booking time of day", "booking date", "booking name (asked for)", "booking name (explicit)")) {
            scores.put(what, new Score());
        }
    }

    public static void main(String[] args) throws IOException {
        boolean misses = List.of(args).contains("--misses");
        var benchmark = new UnderstandingBenchmark(misses);
        PrintStream err = System.err;
        // natty's grammar reports every unparsed word on stderr, which would bury the table.
        System.setErr(new PrintStream(OutputStream.nullOutputStream()));
        List<DucklingRow> duckling = DucklingRow.read();
        List<BookingRow> booking = BookingRow.read();
        duckling.forEach(benchmark::score);
        booking.forEach(benchmark::score);
        benchmark.print();
        benchmark.printCallerPhrasings();
        benchmark.throughput(duckling, booking);
        System.setErr(err);
    }

    // ---- Duckling ----

    private record DucklingRow(String id, String text, LocalDateTime reference, boolean interval,
                               LocalDateTime start, LocalDateTime end, String grain, List<String> categories) {

        static List<DucklingRow> read() throws IOException {
            Map<String, List<String>> booking = new HashMap<>();
            for (String[] row : rows("duckling-en-time.categories.tsv")) {
                if (row[1].equals("true")) {
                    booking.put(row[0], row.length > 2 && !row[2].isEmpty() ? List.of(row[2].split(",")) : List.of());
                }
            }
            List<DucklingRow> out = new ArrayList<>();
            for (String[] row : rows("duckling-en-time.tsv")) {
                if (booking.containsKey(row[0])) {
                    out.add(new DucklingRow(row[0], row[1], LocalDateTime.parse(row[2]), row[3].equals("interval"),
                            LocalDateTime.parse(row[4]), row[5].isEmpty() ? null : LocalDateTime.parse(row[5]),
                            row[6], booking.get(row[0])));
                }
            }
            return out;
        }

        boolean passes(LocalDateTime got) {
            if (got == null) {
                return false;
            }
            if (interval) {
                return !got.isBefore(start) && (end == null || got.isBefore(end));
            }
            return cut(got, grain).equals(start);
        }
    }

    private void score(DucklingRow row) {
        ZonedDateTime now = row.reference().atZone(DUCKLING_ZONE);
        Understood u = bella.understand(row.text(), Expectation.TIME, now);
        LocalDateTime got = u.start() == null ? null : u.start().atZone(DUCKLING_ZONE).toLocalDateTime();
        LocalDateTime baseline = nattyAlone(row.text(), row.reference()).orElse(null);
        String expected = row.start() + (row.end() == null ? "" : " .. " + row.end()) + " /" + row.grain();
        Consumer<String> tally = category -> {
            count("duckling " + category, true, row.passes(got), row.id(), row.text(), expected, got);
            count("duckling " + category, false, row.passes(baseline), row.id(), row.text(), expected, baseline);
        };
        tally.accept("booking rows (all)");
        row.categories().forEach(c -> tally.accept("  " + c));
    }

    // ---- booking utterances ----

    private record BookingRow(String id, String intent, String text, LocalDate date, LocalTime time, String name) {

        static List<BookingRow> read() throws IOException {
            List<String[]> rows = rows("booking-utterances.tsv");
            List<BookingRow> out = new ArrayList<>();
            for (String[] row : rows) {
                out.add(new BookingRow(row[0], row[2], row[3], row[6].isEmpty() ? null : LocalDate.parse(row[6]),
                        row[7].isEmpty() ? null : LocalTime.parse(row[7]), row[8].isEmpty() ? null : row[8]));
            }
            return out;
        }
    }

    private void score(BookingRow row) {
        if (!row.intent().isEmpty()) {
            // "book|reschedule": a turn that changes a time under discussion, which either reading serves
            Set<Intent> expected = Arrays.stream(row.intent().split("\\|")).map(INTENT_LABELS::get)
                    .collect(Collectors.toSet());
            Intent got = bella.understand(row.text(), Expectation.INTENT, SGD_NOW).intent();
            boolean right = expected.contains(got);
            count("booking intent", true, right, row.id(), row.text(), row.intent(), got);
            count("  intent " + row.intent(), true, right, row.id(), row.text(), row.intent(), got);
            if (!right) {
                intentMisses.merge(row.intent() + " -> " + got.name().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        Understood asked = bella.understand(row.text(), Expectation.TIME, SGD_NOW);
        Optional<LocalDateTime> baseline = nattyAlone(row.text(), SGD_NOW.toLocalDateTime());
        if (row.time() != null) {
            LocalTime got = asked.timeSaid() ? local(asked).toLocalTime() : null;
            count("booking time of day", true, row.time().equals(got), row.id(), row.text(), row.time(), got);
            LocalTime nattyGot = baseline.map(LocalDateTime::toLocalTime).orElse(null);
            count("booking time of day", false, row.time().equals(nattyGot), row.id(), row.text(), row.time(),
                    nattyGot);
        }
        if (row.date() != null) {
            LocalDate got = asked.dateSaid() ? local(asked).toLocalDate() : null;
            count("booking date", true, row.date().equals(got), row.id(), row.text(), row.date(), got);
            LocalDate nattyGot = baseline.map(LocalDateTime::toLocalDate).orElse(null);
            count("booking date", false, row.date().equals(nattyGot), row.id(), row.text(), row.date(), nattyGot);
        }
        if (row.name() != null) {
            String whenAsked = bella.understand(row.text(), Expectation.NAME, SGD_NOW).name();
            count("booking name (asked for)", true, row.name().equalsIgnoreCase(String.valueOf(whenAsked)), row.id(),
                    row.text(), row.name(), whenAsked);
            String unasked = bella.understand(row.text(), Expectation.INTENT, SGD_NOW).name();
            count("booking name (explicit)", true, row.name().equalsIgnoreCase(String.valueOf(unasked)), row.id(),
                    row.text(), row.name(), unasked);
        }
    }

    private static LocalDateTime local(Understood u) {
        return u.start().atZone(BUSINESS_ZONE).toLocalDateTime();
    }

    // ---- natty alone, as the corpora README's baseline ran it ----

    private Optional<LocalDateTime> nattyAlone(String text, LocalDateTime reference) {
        try {
            List<DateGroup> groups = natty.parse(text, Date.from(reference.toInstant(ZoneOffset.UTC)));
            if (groups.isEmpty() || groups.get(0).getDates().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(LocalDateTime.ofInstant(groups.get(0).getDates().get(0).toInstant(), ZoneOffset.UTC));
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    // ---- tallies and the table ----

    private static final class Score {
        int bellaRight;
        int bellaTotal;
        int nattyRight;
        int nattyTotal;
    }

    private void count(String what, boolean forBella, boolean right, String id, String text, Object expected,
                       Object got) {
        Score score = scores.computeIfAbsent(what, k -> new Score());
        if (forBella) {
            score.bellaTotal++;
            score.bellaRight += right ? 1 : 0;
            if (!right && printMisses) {
                System.out.printf(Locale.ROOT, "MISS %-28s %-16s expected %s got %s | %s%n", what.trim(), id,
                        expected, got, text);
            }
        } else {
            score.nattyTotal++;
            score.nattyRight += right ? 1 : 0;
        }
    }

    private void print() {
        System.out.printf(Locale.ROOT, "%-34s %18s %18s%n", "corpus / category", "Bella", "natty alone");
        List<String> order = new ArrayList<>(scores.keySet());
        order.sort(Comparator.comparing((String k) -> !k.startsWith("duckling")));
        order.forEach(what -> System.out.printf(Locale.ROOT, "%-34s %18s %18s%n", what,
                percent(scores.get(what).bellaRight, scores.get(what).bellaTotal),
                percent(scores.get(what).nattyRight, scores.get(what).nattyTotal)));
        System.out.printf(Locale.ROOT, "%-34s %s%n", "intent misses (label -> read)", intentMisses);
    }

    /** The set written apart from the code ({@link CallerPhrasings}), by the kind of value read. */
    private void printCallerPhrasings() throws IOException {
        var understanding = new Understanding("CA", LocalTime.of(9, 0), LocalTime.of(17, 0), List.of(), Map.of(),
                PublicHolidays.of("CA"));
        List<CallerPhrasings.Check> checks = CallerPhrasings.check(understanding);
        CallerPhrasings.tally(checks).forEach((what, counts) -> System.out.printf(Locale.ROOT, "%-34s %18s %18s%n",
                "caller phrasings: " + what, percent(counts[0], counts[1]), "-"));
        if (printMisses) {
            checks.stream().filter(check -> !check.right()).forEach(check -> System.out.printf(Locale.ROOT,
                    "MISS caller phrasings %-12s expected %s got %s | %s%n", check.what(), check.expected(),
                    check.got(), check.text()));
        }
        List<String> misses = new ArrayList<>();
        OfferAnswers.score(understanding, misses).forEach((what, counts) -> System.out.printf(Locale.ROOT,
                "%-34s %18s %18s%n", "answers to offers: " + what, percent(counts[0], counts[1]), "-"));
        if (printMisses) {
            misses.forEach(miss -> System.out.println("MISS answers to offers " + miss));
        }
        List<String> readBackMisses = new ArrayList<>();
        ReadBackAnswers.score(understanding, readBackMisses).forEach((what, counts) -> System.out.printf(Locale.ROOT,
                "%-34s %18s %18s%n", "answers to read-backs: " + what, percent(counts[0], counts[1]), "-"));
        if (printMisses) {
            readBackMisses.forEach(miss -> System.out.println("MISS answers to read-backs " + miss));
        }
    }

    private static String percent(int right, int total) {
        return total == 0 ? "-" : String.format(Locale.ROOT, "%d/%d %5.1f%%", right, total, 100.0 * right / total);
    }

    /** Every corpus text, read as a call would read it, on this thread only, after a warm-up. */
    private void throughput(List<DucklingRow> duckling, List<BookingRow> booking) {
        List<String> texts = new ArrayList<>();
        duckling.forEach(r -> texts.add(r.text()));
        booking.forEach(r -> texts.add(r.text()));
        Runnable bellaPass = () -> texts.forEach(t -> bella.understand(t, Expectation.TIME, SGD_NOW));
        Runnable nattyPass = () -> texts.forEach(t -> nattyAlone(t, SGD_NOW.toLocalDateTime()));
        System.out.printf(Locale.ROOT, "%-34s %18.0f %18.0f%n", "utterances/second (1 thread)",
                perSecond(bellaPass, texts.size()), perSecond(nattyPass, texts.size()));
    }

    private static double perSecond(Runnable pass, int size) {
        for (int warm = 0; warm < 3; warm++) {
            pass.run();
        }
        long started = System.nanoTime();
        long passes = 0;
        while (System.nanoTime() - started < TIMED_NANOS) {
            pass.run();
            passes++;
        }
        return passes * size / ((System.nanoTime() - started) / 1e9);
    }

    // ---- files ----

    /** The rows after the header, skipping '#' comment lines; no quoting, as the corpora README says. */
    private static List<String[]> rows(String corpus) throws IOException {
        List<String[]> out = new ArrayList<>();
        boolean header = true;
        String text;
        try (InputStream in = UnderstandingBenchmark.class.getResourceAsStream("/corpora/" + corpus)) {
            if (in == null) {
                throw new IOException("no corpus " + corpus + " on the class path");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String line : text.lines().toList()) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            out.add(line.split("\t", -1));
        }
        return out;
    }

    private static LocalDateTime cut(LocalDateTime t, String grain) {
        switch (grain) {
            case "second":
                return t.truncatedTo(ChronoUnit.SECONDS);
            case "minute":
                return t.truncatedTo(ChronoUnit.MINUTES);
            case "hour":
                return t.truncatedTo(ChronoUnit.HOURS);
            case "day":
                return t.truncatedTo(ChronoUnit.DAYS);
            case "week":
                return t.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "month":
                return t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
            case "year":
                return t.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1);
            default:
                throw new IllegalArgumentException("unknown grain " + grain);
        }
    }
}
