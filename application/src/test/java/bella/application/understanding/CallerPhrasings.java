package bella.application.understanding;

import static bella.application.understanding.NineToFive.FRIDAY_MORNING;
import static bella.application.understanding.NineToFive.TORONTO;

import bella.domain.call.Expectation;
import bella.domain.call.Understood;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code understanding/caller-phrasings*.tsv}: 2,057 things callers say, written apart from this code as held-out sets
 * (what a receptionist had just asked, and the intent, day, time, part of the day, name and phone meant), resolved
 * for a business open Monday to Friday 9 to 5, on Friday 2026-11-27 at 10:15 in Toronto. Each set came after the
 * one before had been used, from other businesses and other kinds of caller.
 */
final class CallerPhrasings {

    private static final List<String> SETS = List.of("/understanding/caller-phrasings.tsv",
            "/understanding/caller-phrasings-2.tsv", "/understanding/caller-phrasings-3.tsv",
            "/understanding/caller-phrasings-4.tsv", "/understanding/caller-phrasings-5.tsv",
            "/understanding/caller-phrasings-6.tsv",
            "/understanding/caller-phrasings-7.tsv", "/understanding/caller-phrasings-8.tsv",
            "/understanding/caller-phrasings-9.tsv", "/understanding/caller-phrasings-10.tsv");

    /** One value of one row, and whether it was understood. */
    record Check(String what, boolean right, String text, String expected, String got) {
    }

    private record Row(String text, Expectation asked, String intent, String date, String time, String within,
                       String name, String phone) {
    }

    private CallerPhrasings() {
    }

    static List<Check> check(Understanding understanding) {
        List<Check> checks = new ArrayList<>();
        for (Row row : rows()) {
            Understood u = understanding.understand(row.text(), row.asked(), FRIDAY_MORNING);
            LocalDateTime start = u.start() == null ? null : u.start().atZone(TORONTO).toLocalDateTime();
            LocalDateTime end = u.end() == null ? null : u.end().atZone(TORONTO).toLocalDateTime();
            String when = start + (end == null ? "" : " until " + end);
            if (!row.intent().isEmpty()) {
                checks.add(new Check("intent", u.intent().name().equalsIgnoreCase(row.intent()), row.text(),
                        row.intent(), u.intent().name()));
            }
            if (!row.date().isEmpty()) {
                boolean right = u.dateSaid() && start.toLocalDate().toString().equals(row.date());
                checks.add(new Check("day", right, row.text(), row.date(), when));
            }
            if (!row.time().isEmpty()) {
                boolean right = u.timeSaid() && end == null && start.toLocalTime().toString().equals(row.time());
                checks.add(new Check("time", right, row.text(), row.time(), when));
            }
            if (!row.within().isEmpty()) {
                checks.add(new Check("part of day", u.timeSaid() && holds(start, end, LocalTime.parse(row.within())),
                        row.text(), "around " + row.within(), when));
            }
            if (!row.name().isEmpty()) {
                checks.add(new Check("name", row.name().equalsIgnoreCase(String.valueOf(u.name())), row.text(),
                        row.name(), u.name()));
            }
            if (!row.phone().isEmpty()) {
                checks.add(new Check("phone", row.phone().equals(u.phone()), row.text(), row.phone(), u.phone()));
            }
        }
        return checks;
    }

    /** Right answers over all, by the kind of value: "name" → {right, total}. */
    static Map<String, int[]> tally(List<Check> checks) {
        Map<String, int[]> tally = new LinkedHashMap<>();
        for (Check check : checks) {
            int[] counts = tally.computeIfAbsent(check.what(), k -> new int[2]);
            counts[0] += check.right() ? 1 : 0;
            counts[1]++;
        }
        return tally;
    }

    /** A moment at that time of day, or a window holding it. */
    private static boolean holds(LocalDateTime start, LocalDateTime end, LocalTime time) {
        if (start == null) {
            return false;
        }
        if (end == null) {
            return start.toLocalTime().equals(time);
        }
        LocalDateTime at = start.toLocalDate().atTime(time);
        return !at.isBefore(start) && at.isBefore(end);
    }

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String set : SETS) {
            try (InputStream in = CallerPhrasings.class.getResourceAsStream(set)) {
                String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
                for (String line : Arrays.asList(lines).subList(1, lines.length)) {
                    String[] c = Arrays.copyOf(line.split("\t", -1), 8);
                    for (int i = 0; i < c.length; i++) {
                        c[i] = c[i] == null ? "" : c[i].strip();
                    }
                    rows.add(new Row(c[0], Expectation.valueOf(c[1]), c[2], c[3], c[4], c[5], c[6], c[7]));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rows;
    }
}
