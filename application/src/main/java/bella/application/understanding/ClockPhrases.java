package bella.application.understanding;

import static bella.application.understanding.Grammar.Item.is;
import static bella.application.understanding.Grammar.Item.maybe;
import static bella.application.understanding.Grammar.Item.oneOf;
import static bella.application.understanding.Grammar.Item.word;
import static bella.application.understanding.Grammar.digits;

import bella.application.understanding.Grammar.Item;
import bella.application.understanding.Grammar.Match;
import bella.application.understanding.Grammar.Rule;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The grammar that writes a clock time said in words or run together as "h:mm": "half past 2", "quarter to 3",
 * "10 past 9", British "half 2", "930", "at 11 30", noon; and the ends of the day ("the last slot of the day",
 * "the latest you have" are its end, "the first appointment in the morning" is first thing). The readers after it
 * find clock times in one form.
 */
final class ClockPhrases {

    private static final Lexicon WORDS = Lexicon.ENGLISH;

    private static final Item HOUR = word(w -> digits(w, 1, 2));
    private static final Item MINUTES = word(w -> w.length() == 2 && digits(w, 2, 2) && w.charAt(0) <= '5');
    /** Digits run together: "930", "1130". */
    private static final Item COMPACT = word(w -> digits(w, 3, 4) && w.charAt(w.length() - 2) <= '5');
    private static final Item NUMBER = word(w -> !w.isEmpty() && Character.isDigit(w.charAt(w.length() - 1)));
    private static final Item MERIDIEM = word(w -> w.equals("am") || w.equals("pm"));
    private static final Item NOON = word(w -> w.equals("noon") || w.equals("midday"));
    private static final Item PAST = word(w -> WORDS.isA("past", w));
    private static final Item TO = word(w -> WORDS.isA("to", w));
    private static final Item CUE = word(w -> WORDS.isA("cue", w));
    private static final Item PART_OF_DAY = word(w -> WORDS.isA("part of day", w));
    /** "5 minutes past 3": the word of the minutes, which may be left out. */
    private static final Item MINUTE_WORD = word(w -> w.equals("minute") || w.equals("minutes")).orAbsent();
    private static final Set<String> CUE_BEFORE_A_PAUSE = Set.of("at", "around", "about", "by", "say", "for");
    private static final Set<String> CUE_BEFORE_LIKE = Set.of("at", "around", "about", "for", "say");

    private static final Item SLOT = word(w -> WORDS.isA("slot", w));
    private static final Item LAST = word(w -> WORDS.isA("last", w) || WORDS.isA("latest", w));

    static final Grammar GRAMMAR = new Grammar(List.of(
            Rule.of("the last <slot> of the day", m -> List.of("end", "of", "the", "day"), maybe("the"), LAST, SLOT,
                    word(w -> w.equals("of") || w.equals("in")), is("the"), is("day")),
            // "Is that the latest you have?", "the latest one you said": the times offered, not the end of the day.
            Rule.of("the latest <slot> you have", m -> m.previous().startsWith("that") || m.previous().equals("the")
                    || WORDS.isA("told", m.next()) ? null : List.of("end", "of", "the", "day"),
                    maybe("the"), word(w -> WORDS.isA("latest", w)), new Item(w -> WORDS.isA("slot", w), true),
                    word(w -> WORDS.isA("free", w)), maybe("have"), maybe("got")),
            Rule.of("the first <slot> of the day, in the morning", m -> List.of("first", "thing"), maybe("the"),
                    word(w -> WORDS.isA("first", w)), SLOT, oneOf("of", "in"), is("the"), oneOf("day", "morning")),
            Rule.of("<number> a m", m -> List.of(m.word(0), m.word(1) + "m"), NUMBER, word(w -> w.equals("a")
                    || w.equals("p")), is("m")),
            Rule.of("<cue> like", m -> List.of(m.word(0)), word(CUE_BEFORE_LIKE::contains), is("like")),
            Rule.of(", like <number>", m -> startsWithDigit(m.next()) ? List.of(",", "at") : null, is(","), is("like")),
            Rule.of("<cue> one", m -> oneIsAnHour(m) ? List.of(m.word(0), "1") : null, CUE, is("one")),
            Rule.of("<minutes> past one", m -> oneIsAnHour(m) ? List.of(m.word(0), m.word(1), "1") : null,
                    word(w -> digits(w, 1, 2) || w.equals("half") || w.equals("quarter")),
                    word(w -> WORDS.isA("past", w) || WORDS.isA("to", w)), is("one")),
            Rule.of("<cue> , <number>", m -> startsWithDigit(m.next()) ? List.of(m.word(0)) : null,
                    word(CUE_BEFORE_A_PAUSE::contains), is(",")),
            Rule.of("<compact> alone", m -> alone(m) ? compact(m.word(0), 12) : null, COMPACT, maybe(",")),
            Rule.of("<hour> <minutes> alone", m -> alone(m) ? spaced(m.word(0), m.word(1), 12) : null, HOUR, MINUTES,
                    maybe(",")),
            Rule.of("<past> noon", m -> List.of(m.word(0), "12"), word(w -> WORDS.isA("past", w) || WORDS.isA("to", w)),
                    NOON),
            Rule.of("noon", m -> List.of("12:00", "pm"), new Item(w -> w.equals("12") || w.equals("12:00"), true), NOON),
            Rule.of("<number> in the am", m -> List.of(m.word(0), m.last()), NUMBER, is("in"), is("the"), MERIDIEM),
            Rule.of("<cue> <hour> <minutes>", m -> WORDS.isA("not minutes", m.next()) ? null
                    : prefixed(m.word(0), spaced(m.word(1), m.word(2), 23)),
                    word(w -> WORDS.isA("cue", w) || w.equals("the")), HOUR, MINUTES),
            Rule.of("<cue> <compact>", m -> startsWithDigit(m.next()) ? null : prefixed(m.word(0), compact(m.word(1), 23)),
                    word(w -> WORDS.isA("cue", w) || w.equals("approximately") || w.equals("tonight")), COMPACT),
            Rule.of("<compact> tonight", m -> followed(compact(m.word(0), 12), m.word(1)), COMPACT, is("tonight")),
            Rule.of("<compact> in the, this <part of day>", m -> followed(compact(m.word(0), 12), m.words().subList(1,
                    m.words().size()).toArray(String[]::new)), COMPACT, oneOf("in", "this"), maybe("the"), PART_OF_DAY),
            Rule.of("half past <hour>", m -> clock(m.last(), 30, 23), maybe("a"), is("half"), PAST, HOUR),
            Rule.of("half <hour>", m -> WORDS.isA("fraction", m.previous()) || m.next().startsWith(":")
                    || WORDS.isA("not half past", m.next()) ? null : clock(m.last(), 30, 12), is("half"), HOUR),
            Rule.of("quarter past <hour>", m -> clock(m.last(), 15, 23), maybe("a"), is("quarter"), PAST, HOUR),
            Rule.of("quarter to <hour>", m -> before(m.last(), 15), maybe("a"), is("quarter"), TO, HOUR),
            Rule.of("<minutes> past <hour>", ClockPhrases::minutesPast, HOUR, MINUTE_WORD, PAST, HOUR),
            Rule.of("<minutes> to <hour>", ClockPhrases::minutesTo, HOUR, MINUTE_WORD, TO, HOUR),
            Rule.of("<hour> is <acceptance>", m -> opensAClause(m.previous()) ? List.of(m.word(0), "o'clock", "is",
                    m.last()) : null, word(w -> digits(w, 1, 2) && Integer.parseInt(w) <= 12), is("is"),
                    word(w -> WORDS.isA("acceptance", w))),
            Rule.of("<compact> am", m -> followed(compact(m.word(0), 12), m.word(1)), COMPACT, MERIDIEM),
            Rule.of("<hour> <minutes> am", m -> followed(spaced(m.word(0), m.word(1), 12), m.word(2)), HOUR, MINUTES,
                    MERIDIEM)));

    private ClockPhrases() {
    }

    /** "Nine's good", "yeah, 10 is fine": an hour that opens what is said, not "option 2 is fine". */
    private static boolean opensAClause(String previous) {
        return previous.isEmpty() || previous.equals(",") || WORDS.isA("lead", previous);
    }

    /** "Five past one", "at one": after a clock word "one" is the hour, unless what follows keeps it a count. */
    private static boolean oneIsAnHour(Match m) {
        return !WORDS.isA("not an hour", m.next());
    }

    /** "5 past 3" is a time, but "2 after 3" rarely is: away from "past" only the usual five-minute marks count. */
    private static List<String> minutesPast(Match m) {
        int minutes = Integer.parseInt(m.word(0));
        boolean plausible = m.words().contains("past") || m.words().size() == 4 || minutes % 5 == 0;
        return plausible && minutes >= 1 && minutes <= 30 ? clock(m.last(), minutes, 12) : null;
    }

    private static List<String> minutesTo(Match m) {
        int minutes = Integer.parseInt(m.word(0));
        boolean plausible = m.words().size() == 4 || minutes % 5 == 0;
        boolean range = m.previous().equals("from") || m.previous().equals("between");
        return plausible && !range && minutes >= 1 && minutes < 30 ? before(m.last(), minutes) : null;
    }

    private static List<String> before(String hourText, int minutes) {
        int hour = Integer.parseInt(hourText);
        return hour < 1 || hour > 12 ? null : List.of((hour == 1 ? 12 : hour - 1) + ":" + (60 - minutes));
    }

    private static List<String> clock(String hourText, int minutes, int lastHour) {
        int hour = Integer.parseInt(hourText);
        return hour >= 1 && hour <= lastHour || hour == 0 && lastHour == 23
                ? List.of(hour + ":" + (minutes < 10 ? "0" : "") + minutes) : null;
    }

    private static List<String> compact(String digits, int lastHour) {
        return spaced(digits.substring(0, digits.length() - 2), digits.substring(digits.length() - 2), lastHour);
    }

    private static List<String> spaced(String hourText, String minutes, int lastHour) {
        int hour = Integer.parseInt(hourText);
        return hour >= 1 && hour <= lastHour ? List.of(hourText + ":" + minutes) : null;
    }

    /** "930" or "11 30" said alone, with nothing to cue it, and no leading zero to make it a code. */
    private static boolean alone(Match m) {
        return m.previous().isEmpty() && m.next().isEmpty() && m.word(0).charAt(0) != '0';
    }

    private static List<String> prefixed(String word, List<String> words) {
        return words == null ? null : List.of(word, words.get(0));
    }

    private static List<String> followed(List<String> words, String... after) {
        return words == null ? null : Stream.concat(words.stream(), Arrays.stream(after)).toList();
    }

    private static boolean startsWithDigit(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0));
    }
}
