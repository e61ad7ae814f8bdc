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

    /** Written distances: "in 15'" is fifteen minutes and "in 1\"" one second, as on a stopwatch. */
    private static final Pattern PRIMED_MINUTES = Pattern.compile("\\bin (\\d{1,3}) ?'(?![\\p{L}0-9])");
    private static final Pattern PRIMED_SECONDS = Pattern.compile("\\bin (\\d{1,3}) ?\"(?![\\p{L}0-9])");
    /** Where a hesitation stood between two commas, one pause is left. */
    private static final Pattern REPEATED_BOUNDARY = Pattern.compile("(?: *,)+");
    /** "At, 2": a recogniser's comma between a cue and its time, often where a hesitation was. */
    private static final Pattern CUE_COMMA = Pattern.compile("\\b(at|around|about|by|say|for) , (?=\\d)");
    /** "Five past one", "at one": after a clock word "one" is the hour, though alone it is rarely a number. */
    private static final Pattern ONE_AS_HOUR = Pattern.compile("\\b((?:\\d{1,2}|half|quarter) (?:past|after|to|till|of"
            + "|before)|at|around"
            + "|about|by) one\\b(?! (?:of|point|another|time|location|stage|day|more|thing|person|else))");
    /** A recogniser's "4" for "for" before a day: "an appointment 4 tuesday". */
    private static final Pattern FOUR_FOR_FOR = Pattern.compile("\\b4 (?=" + DateReader.WEEKDAY_WORD + "\\b)");
    /** "At 11 of the morning", as some callers put it. */
    private static final Pattern OF_THE_PART = Pattern.compile("\\bof the (morning|afternoon|evening)\\b");
    /** A recogniser's "for" for "four" between "at" and the minutes: "tuesday at for fifteen". */
    private static final Pattern AT_FOR = Pattern.compile("\\bat for (?=\\d)");
    /** "930", "11 30": a clock time said alone, with nothing to cue it. */
    private static final Pattern LONE_COMPACT = Pattern.compile("^((?:1[0-2]|[1-9])) ?([0-5]\\d)(?: ,)?$");
    /** The dot of "Dr. Smith" abbreviates; it does not end a sentence. */
    private static final Pattern TITLE_DOT = Pattern.compile("\\b(dr|mr|mrs|ms|mx|st)\\.");
    /** "At like 11": the filler "like" between a cue and its time. */
    private static final Pattern CUE_LIKE = Pattern.compile("\\b(at|around|about|for|say) like\\b|(,) like (?=\\d)");
    /** "The last appointment of the day" and "the first slot in the morning" name the ends of the opening hours. */
    private static final Pattern LAST_OF_DAY = Pattern.compile("\\b(?:the )?(?:last|latest) (?:appointment|slot|spot"
            + "|time|opening|one) (?:of|in) the day\\b");
    private static final Pattern FIRST_OF_DAY = Pattern.compile("\\b(?:the )?(?:first|earliest) (?:appointment|slot"
            + "|spot|time|opening|one) (?:of the day|in the morning)\\b");
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
    private static final Pattern ISH = Pattern.compile("\\b(\\d{1,4}|morning|afternoon|evening|tonight|lunch)ish\\b");
    private static final Pattern CUED_COMPACT = Pattern.compile(
            "\\b(at|around|about|approximately|tonight|say|by) (\\d{1,2})([0-5]\\d)\\b(?! ?(?:st|nd|rd|th)\\b| \\d)");
    private static final Pattern COMPACT_PART = Pattern.compile(
            "\\b(\\d{1,2})([0-5]\\d) (in the (?:morning|afternoon|evening)|tonight|this (?:morning|afternoon|evening))\\b");
    /** "2 - 15" and "9 - 11" keep their hyphen, which is all that tells a day or a range from two numbers. */
    private static final Pattern SPACED_DASH = Pattern.compile("(\\d) *- *(?=\\d)");
    private static final Pattern LOOSE_MARKS = Pattern.compile("(?<![\\p{L}0-9])['\\-]+|['\\-]+(?![\\p{L}0-9])");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MERIDIEM_PHRASE = Pattern.compile("(\\d) in the ([ap]m)\\b");
    private static final Pattern NOON_AS_HOUR = Pattern.compile("\\b(past|after|to|till|before|of) (?:noon|midday)\\b");
    private static final Pattern HALF_HOUR = Pattern.compile(
            "(?<!\\band |\\bin |\\ban |\\ba )\\bhalf (\\d{1,2})\\b(?!:| (?:hours?|minutes?|days?|weeks?|an?|of|people))");
    private static final Pattern CUED_SPACED = Pattern.compile("\\b(at|around|about|by|say|the) (\\d{1,2}) ([0-5]\\d)\\b"
            + "(?! (?:minutes?|mins?|people|persons|guests|of|days?))");

    private static final Pattern NOON = Pattern.compile("\\b(?:12(?::00)? )?(?:noon|mid ?day)\\b");
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
        s = TITLE_DOT.matcher(s).replaceAll("$1");
        s = PRIMED_MINUTES.matcher(s).replaceAll("in $1 minutes");
        s = PRIMED_SECONDS.matcher(s).replaceAll("in $1 seconds");
        s = LAST_OF_DAY.matcher(s).replaceAll("end of the day");
        s = FIRST_OF_DAY.matcher(s).replaceAll("first thing");
        s = MERIDIEM_DOTTED.matcher(s).replaceAll("$1m");
        s = OCLOCK.matcher(s).replaceAll(" o'clock");
        s = DOTTED_TIME.matcher(s).replaceAll("$1:$2");
        s = HALF_DECIMAL.matcher(s).replaceAll("$1 and a half");
        s = MERIDIEM_SPACED.matcher(s).replaceAll("$1 $2m");
        s = SHORT_MERIDIEM.matcher(s).replaceAll("$1 $2m");
        s = ISH.matcher(s).replaceAll("$1");
        s = SLASH.matcher(s).replaceAll("$1/$2");
        s = BOUNDARY.matcher(s).replaceAll(" , ");
        s = REPEATED_BOUNDARY.matcher(s).replaceAll(" ,");
        s = FOREIGN.matcher(s).replaceAll(" ");
        s = SPACED_DASH.matcher(s).replaceAll("$1-");
        s = LOOSE_MARKS.matcher(s).replaceAll(" ");
        s = LOOSE_SLASH.matcher(s).replaceAll(" ");
        s = FRENCH_CLOCK.matcher(s).replaceAll(Normaliser::frenchClock);
        s = SPACES.matcher(s).replaceAll(" ").trim();
        s = Lexer.read(s);
        // Number words are digits only now, so "eleven a m" can join its meridiem.
        s = MERIDIEM_SPACED.matcher(s).replaceAll("$1 $2m");
        s = CUE_LIKE.matcher(s).replaceAll(m -> m.group(1) != null ? m.group(1) : ", at ");
        s = ONE_AS_HOUR.matcher(s).replaceAll("$1 1");
        s = AT_FOR.matcher(s).replaceAll("at 4 ");
        s = FOUR_FOR_FOR.matcher(s).replaceAll("for ");
        s = OF_THE_PART.matcher(s).replaceAll("in the $1");
        s = CUE_COMMA.matcher(s).replaceAll("$1 ");
        s = LONE_COMPACT.matcher(s).replaceAll("$1:$2");
        return clockPhrases(s);
    }

    private static String clockPhrases(String s) {
        s = NOON_AS_HOUR.matcher(s).replaceAll("$1 12");
        s = NOON.matcher(s).replaceAll("12:00 pm");
        s = MERIDIEM_PHRASE.matcher(s).replaceAll("$1 $2");
        s = CUED_SPACED.matcher(s).replaceAll(m -> hour(m.group(2)) >= 1 && hour(m.group(2)) <= 23
                ? m.group(1) + " " + m.group(2) + ":" + m.group(3) : m.group());
        s = CUED_COMPACT.matcher(s).replaceAll(m -> hour(m.group(2)) >= 1 && hour(m.group(2)) <= 23
                ? m.group(1) + " " + m.group(2) + ":" + m.group(3) : m.group());
        s = COMPACT_PART.matcher(s).replaceAll(m -> hour(m.group(1)) >= 1 && hour(m.group(1)) <= 12
                ? m.group(1) + ":" + m.group(2) + " " + m.group(3) : m.group());
        s = HALF_PAST.matcher(s).replaceAll(m -> clock(m.group(1), 30));
        s = HALF_HOUR.matcher(s).replaceAll(m -> hour(m.group(1)) >= 1 && hour(m.group(1)) <= 12
                ? clock(m.group(1), 30) : m.group());
        s = QUARTER_PAST.matcher(s).replaceAll(m -> clock(m.group(1), 15));
        s = QUARTER_TO.matcher(s).replaceAll(m -> before(m.group(1), 15, m.group()));
        s = MINUTES_PAST.matcher(s).replaceAll(Normaliser::minutesPast);
        s = MINUTES_TO.matcher(s).replaceAll(Normaliser::minutesTo);
        s = COMPACT_TIME.matcher(s).replaceAll(m -> hour(m.group(1)) > 0 && hour(m.group(1)) <= 12
                ? m.group(1) + ":" + m.group(2) + " " + m.group(3) : m.group());
        return s;
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

    /** "5 past 3" is a time, but "2 after 3" rarely is: away from "past" only the usual five-minute marks count. */
    private static String minutesPast(MatchResult m) {
        int minutes = Integer.parseInt(m.group(1));
        boolean plausible = m.group(3).equals("past") || m.group(2) != null || isRoundMark(minutes);
        return plausible && minutes >= 1 && minutes <= 30 && hour(m.group(4)) >= 1 && hour(m.group(4)) <= 12
                ? clock(m.group(4), minutes) : m.group();
    }

    private static String minutesTo(MatchResult m) {
        int minutes = Integer.parseInt(m.group(1));
        boolean plausible = m.group(2) != null || isRoundMark(minutes);
        return plausible && minutes >= 1 && minutes < 30 ? before(m.group(3), minutes, m.group()) : m.group();
    }

    private static boolean isRoundMark(int minutes) {
        return minutes % 5 == 0;
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
