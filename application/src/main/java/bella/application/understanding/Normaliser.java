package bella.application.understanding;

import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings one utterance to the small vocabulary the readers understand: lower-case Latin words, digits,
 * "h:mm", "am"/"pm", and " , " where a sentence or clause ended. Every pattern here is linear, and the input is
 * cut to {@link #MAX_LENGTH} first, so a hostile or runaway transcript costs no more than a normal one.
 */
final class Normaliser {

    static final int MAX_LENGTH = 500;

    private static final Pattern MERIDIEM_DOTTED = Pattern.compile("\\b([ap]) ?\\. ?m\\b\\.?");
    private static final Pattern MERIDIEM_SPACED = Pattern.compile("(\\d) ?([ap]) ?m\\b");
    private static final Pattern OCLOCK = Pattern.compile("\\bo ?['\"’]? ?clock\\b");
    private static final Pattern DOTTED_TIME = Pattern.compile("(\\d)\\.(\\d\\d)\\b");
    private static final Pattern BOUNDARY = Pattern.compile("[.,!?;]+");
    private static final Pattern FOREIGN = Pattern.compile("[^\\p{IsLatin}0-9:'+\\-, ]+");
    private static final Pattern LOOSE_MARKS = Pattern.compile("(?<![\\p{L}0-9])['\\-]+|['\\-]+(?![\\p{L}0-9])");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NUMBER_HYPHEN = Pattern.compile(
            "\\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-([a-z]+)\\b");

    private static final Pattern NOON = Pattern.compile("\\b(?:12(?::00)? )?(?:noon|midday|lunch ?time)\\b");
    private static final Pattern HALF_PAST = Pattern.compile("\\b(?:a )?half (?:past|after) (\\d{1,2})\\b");
    private static final Pattern QUARTER_PAST = Pattern.compile("\\b(?:a )?quarter (?:past|after) (\\d{1,2})\\b");
    private static final Pattern QUARTER_TO = Pattern.compile("\\b(?:a )?quarter (?:to|of|till|before) (\\d{1,2})\\b");
    private static final Pattern MINUTES_PAST = Pattern.compile(
            "\\b(\\d{1,2})( minutes?)? (past|after) (\\d{1,2})\\b(?!:)");
    private static final Pattern MINUTES_TO = Pattern.compile(
            "(?<!from |between )\\b(\\d{1,2})( minutes?)? (?:to|till|of|before) (\\d{1,2})\\b(?!:)");
    private static final Pattern COMPACT_TIME = Pattern.compile("\\b(\\d{1,2}) ?([0-5]\\d) (am|pm)\\b");

    private Normaliser() {
    }

    static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.length() > MAX_LENGTH ? raw.substring(0, MAX_LENGTH) : raw;
        s = s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
        s = MERIDIEM_DOTTED.matcher(s).replaceAll("$1m");
        s = OCLOCK.matcher(s).replaceAll(" o'clock");
        s = DOTTED_TIME.matcher(s).replaceAll("$1:$2");
        s = MERIDIEM_SPACED.matcher(s).replaceAll("$1 $2m");
        s = BOUNDARY.matcher(s).replaceAll(" , ");
        s = FOREIGN.matcher(s).replaceAll(" ");
        s = LOOSE_MARKS.matcher(s).replaceAll(" ");
        s = NUMBER_HYPHEN.matcher(s).replaceAll("$1 $2");
        s = SPACES.matcher(s).replaceAll(" ").trim();
        s = SpokenNumbers.toDigits(s);
        return clockPhrases(s);
    }

    private static String clockPhrases(String s) {
        s = NOON.matcher(s).replaceAll("12:00 pm");
        s = HALF_PAST.matcher(s).replaceAll(m -> clock(m.group(1), 30));
        s = QUARTER_PAST.matcher(s).replaceAll(m -> clock(m.group(1), 15));
        s = QUARTER_TO.matcher(s).replaceAll(m -> before(m.group(1), 15, m.group()));
        s = MINUTES_PAST.matcher(s).replaceAll(Normaliser::minutesPast);
        s = MINUTES_TO.matcher(s).replaceAll(Normaliser::minutesTo);
        s = COMPACT_TIME.matcher(s).replaceAll(m -> hour(m.group(1)) > 0 && hour(m.group(1)) <= 12
                ? m.group(1) + ":" + m.group(2) + " " + m.group(3) : m.group());
        return s;
    }

    /** "5 past 3" is a time, but "2 after 3" rarely is: away from "past" only the usual five-minute marks count. */
    private static String minutesPast(MatchResult m) {
        int minutes = Integer.parseInt(m.group(1));
        boolean plausible = m.group(3).equals("past") || m.group(2) != null || isRoundMark(minutes);
        return plausible && minutes >= 1 && minutes < 30 && hour(m.group(4)) >= 1 && hour(m.group(4)) <= 12
                ? clock(m.group(4), minutes) : m.group();
    }

    private static String minutesTo(MatchResult m) {
        int minutes = Integer.parseInt(m.group(1));
        boolean plausible = m.group(2) != null || isRoundMark(minutes);
        return plausible && minutes >= 1 && minutes < 30 ? before(m.group(3), minutes, m.group()) : m.group();
    }

    private static boolean isRoundMark(int minutes) {
        return minutes == 5 || minutes == 10 || minutes == 20 || minutes == 25;
    }

    private static String before(String hourText, int minutes, String original) {
        int hour = hour(hourText);
        if (hour < 1 || hour > 12) {
            return original;
        }
        int previous = hour == 1 ? 12 : hour - 1;
        return Matcher.quoteReplacement(previous + ":" + (60 - minutes));
    }

    private static String clock(String hourText, int minutes) {
        int hour = hour(hourText);
        return hour >= 0 && hour <= 23 ? hour + ":" + (minutes < 10 ? "0" : "") + minutes : hourText;
    }

    private static int hour(String text) {
        return Integer.parseInt(text);
    }
}
