package bella.application.understanding;

import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Brings one utterance to the small vocabulary the readers understand: lower-case Latin words, digits,
 * "h:mm", "am"/"pm", and " , " where a sentence or clause ended. The written forms ("3p.m.", "15h30", "9.30") are
 * scanned here; the words are then read by the {@link Lexer} and clock phrases by the {@link ClockPhrases} grammar.
 * Every pattern here is linear, and the input is cut to {@link #MAX_LENGTH} first, so a hostile or runaway
 * transcript costs no more than a normal one.
 */
final class Normaliser {

    static final int MAX_LENGTH = 500;

    /** Written distances: "in 15'" is fifteen minutes and "in 1\"" one second, as on a stopwatch. */
    private static final Pattern PRIMED_MINUTES = Pattern.compile("\\bin (\\d{1,3}) ?'(?![\\p{L}0-9])");
    private static final Pattern PRIMED_SECONDS = Pattern.compile("\\bin (\\d{1,3}) ?\"(?![\\p{L}0-9])");
    /** Marks in a row, with or without spaces, are one pause. */
    private static final Pattern REPEATED_BOUNDARY = Pattern.compile("(?: *,)+");
    /** The dot of "Dr. Smith" abbreviates; it does not end a sentence. */
    private static final Pattern TITLE_DOT = Pattern.compile("\\b(dr|mr|mrs|ms|mx|st)\\.");
    private static final Pattern MERIDIEM_DOTTED = Pattern.compile("\\b([ap]) ?\\. ?m\\b\\.?");
    private static final Pattern MERIDIEM_SPACED = Pattern.compile("(\\d) ?([ap]) ?m\\b");
    private static final Pattern OCLOCK = Pattern.compile("\\bo ?['\"’]? ?clock\\b");
    private static final Pattern DOTTED_TIME = Pattern.compile("(\\d)\\.(\\d\\d)\\b");
    private static final Pattern HALF_DECIMAL = Pattern.compile("\\b(\\d{1,3})\\.5\\b");
    private static final Pattern BOUNDARY = Pattern.compile("[.,!?;]+");
    private static final Pattern FOREIGN = Pattern.compile("[^\\p{IsLatin}0-9:'+\\-,/ ]+");
    private static final Pattern SLASH = Pattern.compile("(\\d) ?/ ?(\\d)");
    private static final Pattern LOOSE_SLASH = Pattern.compile("(?<!\\d)/|/(?!\\d)");
    private static final Pattern FRENCH_CLOCK = Pattern.compile("\\b(\\d{1,2})h([0-5]\\d)?\\b");
    private static final Pattern SHORT_MERIDIEM = Pattern.compile("\\b(\\d{1,2}(?::\\d\\d)?)([ap])\\b");
    /** "Noon-ish", "3ish": about that time, which is read as the time. */
    private static final Pattern ISH = Pattern.compile(
            "\\b(\\d{1,4}|morning|afternoon|evening|tonight|lunch)ish\\b|(?<=[\\p{L}0-9])-ish\\b");
    /** "2 - 15" and "9 - 11" keep their hyphen, which is all that tells a day or a range from two numbers. */
    private static final Pattern SPACED_DASH = Pattern.compile("(\\d) *- *(?=\\d)");
    private static final Pattern LOOSE_MARKS = Pattern.compile("(?<![\\p{L}0-9])['\\-]+|['\\-]+(?![\\p{L}0-9])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Normaliser() {
    }

    static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.length() > MAX_LENGTH ? raw.substring(0, MAX_LENGTH) : raw;
        s = s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
        s = TITLE_DOT.matcher(s).replaceAll("$1");
        s = PRIMED_MINUTES.matcher(s).replaceAll("in $1 minutes");
        s = PRIMED_SECONDS.matcher(s).replaceAll("in $1 seconds");
        s = MERIDIEM_DOTTED.matcher(s).replaceAll("$1m");
        s = OCLOCK.matcher(s).replaceAll(" o'clock");
        s = DOTTED_TIME.matcher(s).replaceAll("$1:$2");
        s = HALF_DECIMAL.matcher(s).replaceAll("$1 and a half");
        s = MERIDIEM_SPACED.matcher(s).replaceAll("$1 $2m");
        s = SHORT_MERIDIEM.matcher(s).replaceAll("$1 $2m");
        s = ISH.matcher(s).replaceAll(m -> m.group(1) == null ? "" : m.group(1));
        s = SLASH.matcher(s).replaceAll("$1/$2");
        s = BOUNDARY.matcher(s).replaceAll(" , ");
        s = REPEATED_BOUNDARY.matcher(s).replaceAll(" ,");
        s = FOREIGN.matcher(s).replaceAll(" ");
        s = SPACED_DASH.matcher(s).replaceAll("$1-");
        s = LOOSE_MARKS.matcher(s).replaceAll(" ");
        s = LOOSE_SLASH.matcher(s).replaceAll(" ");
        s = FRENCH_CLOCK.matcher(s).replaceAll(Normaliser::frenchClock);
        s = SPACES.matcher(s).replaceAll(" ").trim();
        return String.join(" ", ClockPhrases.GRAMMAR.read(Lexer.words(s)));
    }

    /** "15h30" and "9h30" are 24-hour clock times, so a morning hour is said as such. */
    private static String frenchClock(MatchResult m) {
        int hour = hour(m.group(1));
        if (m.group(2) == null && hour <= 12 || hour > 23) {
            return m.group();
        }
        String minutes = m.group(2) == null ? "00" : m.group(2);
        return hour + ":" + minutes + (hour < 12 ? " am" : hour == 12 ? " pm" : "");
    }

    private static int hour(String text) {
        return Integer.parseInt(text);
    }
}
