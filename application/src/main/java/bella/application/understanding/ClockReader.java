package bella.application.understanding;

import bella.domain.call.Grain;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the time of day from normalised text. Natty is not trusted with this: it reads "at 2" as 2 am, drops
 * "half past" and "o'clock", and takes "for 2" or phone digits for times, so clock times are read here and only
 * the rest of the sentence goes to natty for the day.
 */
final class ClockReader {

    private static final String T = "(\\d{1,2})(?::(\\d\\d))?(?: (am|pm))?";
    private static final Pattern RANGE = Pattern.compile(
            "\\b(?:between|from) " + T + " (?:and|to|till|until|-) " + T + "\\b");
    private static final Pattern DASHED_RANGE = Pattern.compile("\\b" + T + " ?(?:-|to) ?" + T + "\\b");
    private static final Pattern PART_THEN_CLOCK = Pattern.compile(
            "\\b(morning|afternoon|evening|night|tonight) (?:at |around |about )?(\\d{1,2})(?::(\\d\\d))?\\b(?! ?(?:st|nd|rd|th)\\b)");
    private static final Pattern CLOCK_THEN_PART = Pattern.compile(
            "\\b(\\d{1,2})(?::(\\d\\d))? (?:in the |at |this )?(morning|afternoon|evening|night|tonight)\\b");
    private static final Pattern CLOCK = Pattern.compile("\\b(\\d{1,2}):(\\d\\d)(?: (am|pm))?\\b");
    private static final Pattern CLOCK_SECONDS = Pattern.compile("\\b(\\d{1,2}):(\\d\\d):(\\d\\d)(?: (am|pm))?\\b");
    private static final Pattern HOUR_MERIDIEM = Pattern.compile("(?<!:)\\b(\\d{1,2}) (am|pm)\\b");
    private static final Pattern OCLOCK = Pattern.compile("\\b(\\d{1,2}) o'clock\\b(?: (am|pm)\\b)?");
    private static final Pattern AFTER_CUE = Pattern.compile("\\b(?:at|around|about|by|before|after|till|til|until|say"
            + "|make it|make that|how about|what about|try|(?:later|earlier) than|(?:push|move|bump|change) (?:it|that) to"
            + "|(?:put|pencil|book) me (?:down |in )?for(?: the)?"
            + "|(?:can|could) (?:we|i|you) do|i said|i meant) (\\d{1,2})\\b(?!:| ?(?:st|nd|rd|th|am|pm)\\b"
            + "| (?:people|persons?|guests?|of|days?|weeks?|months?|years?|minutes?|mins?|hours?|hrs?"
            + "|kids|adults|children|dollars)\\b)");
    /** "Is 9 possible?": an hour asked about. */
    private static final Pattern ASKED_HOUR = Pattern.compile(
            "\\bis (\\d{1,2}) (?=possible|available|free|ok|okay|good|better|fine|open|any good)");
    private static final Pattern MIDNIGHT = Pattern.compile("\\bmidnight\\b");
    private static final Pattern LONE_HOUR = Pattern.compile(
            "^(?:(?:,|um|uh|well|maybe|i think|how about|what about|let's say|say|at|around|about|ok|okay|yes|yeah|yep"
                    + "|sure|right|actually|no|let's do"
                    + "|let's go with|go with|i'll take|i'd like|can i do|can we do|can i come at|make that|make it) )*(\\d{1,2})"
                    + "(?: (?:,|then|instead|please|works|is fine|is good|would work|o'clock|for me|for us|suits me"
                    + "|is better|would be (?:good|great|best|better|fine)|would suit me(?: best)?|sounds good|dear))*(?: ,)?$");

    private static final Pattern MONTH_BEFORE = Pattern.compile("\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "[a-z]* $");
    private static final Pattern MONTH_AFTER = Pattern.compile("^(?: of)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
            + "|dec)");
    private static final Pattern BEFORE_DAY = Pattern.compile(
            "\\b(\\d{1,2}) (?=tomorrow|today|tonight|on " + DateReader.WEEKDAY_WORD + ")");
    /** Words that put a new time in place of one said earlier in the same turn: the later time is the request. */
    private static final Pattern REPLACEMENT = Pattern.compile("\\b(?:instead|make it|change (?:it|that) to|rather"
            + "|sorry|i mean|no wait)\\b");
    private static final Pattern MORNING = Pattern.compile("\\bmorning\\b");
    private static final Pattern AFTERNOON = Pattern.compile("\\bafternoon\\b");
    private static final Pattern EVENING = Pattern.compile("\\b(?:evening|tonight|night)\\b");

    /** Words that make the time after them a bound: "after 3" is any time from three until closing. */
    private static final Pattern FROM_BOUND = Pattern.compile(
            "(?:(?<!\\bnot )\\bafter|\\bnot before|\\bno earlier than|(?<!\\bno )\\blater than) $");
    private static final Pattern UNTIL_BOUND = Pattern.compile(
            "(?:(?<!\\bnot )\\bbefore|\\bnot after|\\bno later than|(?<!\\bno )\\bearlier than) $");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** "I can't do mornings": a part of the day refused is not the one asked for. */
    private static final Pattern REFUSED = Pattern.compile("\\b(?:can't|cannot|can not|not|don't|no|never|work)"
            + " (?:do |make |like |want |in )?(?:the |any )?$");

    private final BusinessHours hours;

    ClockReader(BusinessHours hours) {
        this.hours = hours;
    }

    /** What was read, and the text with every time expression removed so that it cannot be read as a day. */
    record Reading(Optional<SaidTime> time, String rest) {
    }

    Reading read(String text, boolean loneHourIsTime) {
        List<SaidTime> found = new ArrayList<>();
        Meridiem partOfDay = partOfDay(text);
        ranges(text, RANGE, partOfDay, found);
        ranges(text, DASHED_RANGE, partOfDay, found);
        Matcher m = CLOCK_THEN_PART.matcher(text);
        while (m.find()) {
            Meridiem part = named(m.group(3));
            moment(m.group(1), m.group(2), null, part, m, found);
        }
        m = PART_THEN_CLOCK.matcher(text);
        while (m.find()) {
            Meridiem part = named(m.group(1));
            moment(m.group(2), m.group(3), null, part, m, found);
        }
        m = CLOCK.matcher(text);
        while (m.find()) {
            moment(m.group(1), m.group(2), m.group(3), partOfDay, m, found);
        }
        m = CLOCK_SECONDS.matcher(text);
        while (m.find()) {
            int second = Integer.parseInt(m.group(3));
            Matcher at = m;
            clock(m.group(1), m.group(2), meridiem(m.group(4), partOfDay)).filter(t -> second < 60).ifPresent(t ->
                    found.add(new SaidTime(t.withSecond(second), null, Grain.MINUTE, at.start(), at.end())));
        }
        m = HOUR_MERIDIEM.matcher(text);
        while (m.find()) {
            moment(m.group(1), null, m.group(2), partOfDay, m, found);
        }
        m = OCLOCK.matcher(text);
        while (m.find()) {
            moment(m.group(1), null, m.group(2), partOfDay, m, found);
        }
        m = MIDNIGHT.matcher(text);
        while (m.find()) {
            found.add(new SaidTime(LocalTime.MIDNIGHT, null, Grain.HOUR, m.start(), m.end()));
        }
        // A bare number after "at" is the weakest sign of a time: "at one on center street ... at 11 am".
        List<SaidTime> bare = new ArrayList<>();
        m = AFTER_CUE.matcher(text);
        while (m.find()) {
            moment(m.group(1), null, null, partOfDay, m, bare);
        }
        m = BEFORE_DAY.matcher(text);
        while (m.find()) {
            moment(m.group(1), null, null, partOfDay, m, bare);
        }
        m = ASKED_HOUR.matcher(text);
        while (m.find()) {
            moment(m.group(1), null, null, partOfDay, m, bare);
        }
        if (loneHourIsTime && found.isEmpty() && bare.isEmpty()) {
            m = LONE_HOUR.matcher(text);
            if (m.find()) {
                moment(m.group(1), null, null, partOfDay, m, bare);
            }
        }
        List<SaidTime> windows = windows(text);
        boolean replaced = REPLACEMENT.matcher(text).find();
        Optional<SaidTime> time = pick(found, replaced).or(() -> pick(bare, replaced))
                .or(() -> windows.stream().findFirst()).map(t -> bounded(text, t));
        found.addAll(bare);
        found.addAll(windows);
        return new Reading(time, blank(text, found));
    }

    /** A moment said as a bound becomes the part of the opening hours on its side, when there is such a part. */
    private SaidTime bounded(String text, SaidTime time) {
        Matcher digit = DIGIT.matcher(text).region(time.from(), time.to());
        if (time.end() != null || !digit.find()) {
            return time;
        }
        String lead = text.substring(Math.max(0, time.from() - 20), digit.start());
        if (FROM_BOUND.matcher(lead).find() && time.start().isBefore(hours.closesAt())) {
            return new SaidTime(time.start(), hours.closesAt(), time.grain(), time.from(), time.to());
        }
        if (UNTIL_BOUND.matcher(lead).find() && time.start().isAfter(hours.opensAt())) {
            return new SaidTime(hours.opensAt(), time.start(), time.grain(), time.from(), time.to());
        }
        return time;
    }

    private static Optional<SaidTime> pick(List<SaidTime> times, boolean latest) {
        return latest ? times.stream().max(Comparator.comparingInt(SaidTime::from)) : earliest(times);
    }

    private static Optional<SaidTime> earliest(List<SaidTime> times) {
        return times.stream().min(Comparator.comparingInt(SaidTime::from).thenComparing(t -> -t.to()));
    }

    /** Whether a clock hour is before or after noon; in the evening, twelve is midnight. */
    /** MORNING is a morning mentioned elsewhere in the sentence, where a bare 12 is noon ("mornings, before 12"). */
    private enum Meridiem { AM, MORNING, PM, EVENING, UNSAID }

    private static Meridiem named(String partOfDay) {
        return switch (partOfDay) {
            case "morning" -> Meridiem.AM;
            case "afternoon" -> Meridiem.PM;
            default -> Meridiem.EVENING;
        };
    }

    private static Meridiem partOfDay(String text) {
        if (EVENING.matcher(text).find()) {
            return Meridiem.EVENING;
        }
        if (AFTERNOON.matcher(text).find()) {
            return Meridiem.PM;
        }
        return MORNING.matcher(text).find() ? Meridiem.MORNING : Meridiem.UNSAID;
    }

    private void ranges(String text, Pattern pattern, Meridiem partOfDay, List<SaidTime> found) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            // "july 13-15" and "13 to 15 july" are days of a month, not hours.
            if (MONTH_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()
                    || MONTH_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 8))).find()) {
                continue;
            }
            // "2-15" is february 15th, and "10-15 minutes" a length, not hours of the day.
            boolean bare = m.group(2) == null && m.group(3) == null && m.group(5) == null && m.group(6) == null;
            if (bare && m.group().contains("-") && NumericDates.isMonthDay(hour(m.group(1)), hour(m.group(4)))
                    || NumericDates.counts(text.substring(m.end()))) {
                continue;
            }
            Meridiem endMeridiem = meridiem(m.group(6), partOfDay);
            Meridiem startMeridiem = m.group(3) != null ? meridiem(m.group(3), partOfDay) : endMeridiem;
            Optional<LocalTime> end = clock(m.group(4), m.group(5), endMeridiem);
            Optional<LocalTime> start = clock(m.group(1), m.group(2), startMeridiem);
            if (m.group(3) == null && start.isPresent() && end.isPresent() && start.get().isAfter(end.get())) {
                start = clock(m.group(1), m.group(2), Meridiem.AM);
            }
            if (start.isPresent() && end.isPresent() && start.get().isBefore(end.get())) {
                Grain grain = start.get().getMinute() == 0 && end.get().getMinute() == 0 ? Grain.HOUR : Grain.MINUTE;
                found.add(new SaidTime(start.get(), end.get(), grain, m.start(), m.end()));
            }
        }
    }

    private void moment(String hour, String minute, String meridiem, Meridiem partOfDay, Matcher m,
                        List<SaidTime> found) {
        clock(hour, minute, meridiem(meridiem, partOfDay)).ifPresent(t -> found.add(
                new SaidTime(t, null, t.getMinute() == 0 ? Grain.HOUR : Grain.MINUTE, m.start(), m.end())));
    }

    private static Meridiem meridiem(String said, Meridiem partOfDay) {
        if (said == null) {
            return partOfDay;
        }
        return said.equals("am") ? Meridiem.AM : Meridiem.PM;
    }

    private static int hour(String text) {
        return Integer.parseInt(text);
    }

    private Optional<LocalTime> clock(String hourText, String minuteText, Meridiem meridiem) {
        int hour = Integer.parseInt(hourText);
        int minute = minuteText == null ? 0 : Integer.parseInt(minuteText);
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        if (hour <= 12) {
            hour = switch (meridiem) {
                case AM -> hour == 12 ? 0 : hour;
                case MORNING -> hour;
                case PM -> hour == 12 ? 12 : hour + 12;
                case EVENING -> hour == 12 ? 0 : hour + 12;
                case UNSAID -> hours.hourOfDay(hour);
            };
        } else if (meridiem == Meridiem.AM) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    private List<SaidTime> windows(String text) {
        List<SaidTime> found = new ArrayList<>();
        for (Lexicon.Phrase part : Lexicon.ENGLISH.windows()) {
            window(text, part.pattern(), hours.window(part.meaning()), found);
        }
        found.sort(Comparator.comparingInt(SaidTime::from));
        return found;
    }

    private static void window(String text, Pattern pattern, BusinessHours.Window window, List<SaidTime> found) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            boolean refused = REFUSED.matcher(text.substring(Math.max(0, m.start() - 24), m.start())).find();
            if (!refused && found.stream().noneMatch(f -> f.from() <= m.start() && m.end() <= f.to())) {
                found.add(new SaidTime(window.start(), window.end(), Grain.HOUR, m.start(), m.end()));
            }
        }
    }

    private static String blank(String text, List<SaidTime> spans) {
        char[] chars = text.toCharArray();
        for (SaidTime span : spans) {
            for (int i = span.from(); i < span.to(); i++) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
