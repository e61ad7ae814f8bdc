package bella.application.understanding;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a moment given as a distance from now ("in twenty minutes", "half an hour from now"), or the wish for
 * the soonest free time ("as soon as possible", "the earliest you have").
 */
final class OffsetReader {

    private static final String AMOUNT = "(\\d{1,3}(?: and an? half)?|an?|one|1/4|1/2|3/4|half an|an? half|"
            + "an? quarter of an|(?:3|three)[ -]quarters of an|an? couple(?: of)?|an? pair of|an? few|few|several)";
    private static final String UNIT = "(seconds?|secs?|minutes?|mins?|hours?|hrs?|h)";
    private static final Pattern IN = Pattern.compile("\\bin (?:about |around |roughly |approximately |just )?" + AMOUNT + " ?(?:more )?" + UNIT + "\\b");
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
        if (said.startsWith("a ") || said.startsWith("an ")) {
            said = said.substring(said.indexOf(' ') + 1);
        }
        if (said.equals("a") || said.equals("an") || said.equals("one")) {
            return 1;
        }
        if (said.startsWith("quarter")) {
            return 0.25;
        }
        if (said.startsWith("half") || said.equals("1/2")) {
            return 0.5;
        }
        if (said.contains("quarter") || said.equals("3/4")) {
            return 0.75;
        }
        if (said.equals("1/4")) {
            return 0.25;
        }
        if (said.startsWith("couple") || said.startsWith("pair")) {
            return 2;
        }
        if (said.startsWith("few") || said.equals("several")) {
            return 3;
        }
        int space = said.indexOf(' ');
        double whole = Integer.parseInt(space < 0 ? said : said.substring(0, space));
        return space < 0 ? whole : whole + 0.5;
    }

    private static long seconds(String unit) {
        if (unit.startsWith("s")) {
            return 1;
        }
        return unit.startsWith("m") ? 60 : 3600;
    }
}
