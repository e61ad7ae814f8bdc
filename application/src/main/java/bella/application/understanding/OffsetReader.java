package bella.application.understanding;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a moment given as a distance from now ("in twenty minutes", "half an hour from now"), or the wish for
 * the soonest free time ("as soon as possible", "the earliest you have").
 */
final class OffsetReader {

    private static final Map<String, Double> AMOUNTS = table("amounts.tsv");
    private static final Map<String, Double> UNITS = table("units.tsv");
    private static final String AMOUNT = "(\\d{1,3}(?: and an? half)?|" + group(AMOUNTS) + ")";
    private static final String UNIT = "(" + group(UNITS) + ")";
    private static final Pattern IN = Pattern.compile("\\bin (?:about |around |roughly |approximately |just )?" + AMOUNT
            + " ?(?:more )?" + UNIT + "\\b");
    private static final Pattern FROM_NOW = Pattern.compile("\\b" + AMOUNT + " ?" + UNIT + " (?:from now|later)\\b");
    /** "Be there in 15": a round number of minutes said alone at the end of a sentence. */
    private static final Pattern IN_ROUND_MINUTES = Pattern.compile("\\bin ([1-5][05]|5)(?= ,|$)");
    private static final Pattern NEXT_FEW = Pattern.compile("\\bnext " + AMOUNT + " " + UNIT + "\\b");
    private static final Pattern NOW_ALONE = Pattern.compile(
            "^(?:(?:um|uh|well|ok|okay|how about|what about) )*(?:right now|just now|now|at the moment|atm|at this time"
                    + "|straight away|right away|immediately)(?: please| if possible)?$");

    private OffsetReader() {
    }

    static Optional<ZonedDateTime> distance(String text, ZonedDateTime now) {
        for (Pattern pattern : new Pattern[] {IN, FROM_NOW}) {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                return Optional.of(now.plus(Duration.ofSeconds(Math.round(amount(m.group(1)) * seconds(m.group(2))))));
            }
        }
        Matcher round = IN_ROUND_MINUTES.matcher(text);
        if (round.find()) {
            return Optional.of(now.plusMinutes(Integer.parseInt(round.group(1))));
        }
        return Optional.empty();
    }

    /** "the next three hours": a window that starts with the next whole unit. */
    static Optional<ZonedDateTime[]> nextFew(String text, ZonedDateTime now) {
        Matcher m = NEXT_FEW.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        long unit = seconds(m.group(2));
        ChronoUnit whole = unit == 1 ? ChronoUnit.SECONDS : unit == 60 ? ChronoUnit.MINUTES : ChronoUnit.HOURS;
        ZonedDateTime start = now.truncatedTo(whole).plus(1, whole);
        return Optional.of(new ZonedDateTime[] {start, start.plusSeconds(Math.round(amount(m.group(1)) * unit))});
    }

    /** "As soon as possible" anywhere; "now" only as the whole answer to "when?", since "i'm busy now" is not a time. */
    static boolean saysNow(String text, boolean answersWhen) {
        return Cues.ENGLISH.in("soonest", text) || answersWhen && NOW_ALONE.matcher(text.trim()).find();
    }

    private static double amount(String said) {
        if (AMOUNTS.containsKey(said)) {
            return AMOUNTS.get(said);
        }
        int space = said.indexOf(' ');
        double whole = Integer.parseInt(space < 0 ? said : said.substring(0, space));
        return space < 0 ? whole : whole + 0.5;
    }

    private static long seconds(String unit) {
        return UNITS.get(unit).longValue();
    }

    private static Map<String, Double> table(String file) {
        return Lexicon.rows(file).stream().collect(Collectors.toMap(row -> row.get(0),
                row -> Double.parseDouble(row.get(1))));
    }

    /** The words of a table as alternatives, the longest first. */
    private static String group(Map<String, Double> table) {
        return table.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
