package bella.application.understanding;

import static bella.application.understanding.Grammar.words;

import bella.domain.call.Grain;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Puts the time of day and the day together in the business's zone. Arithmetic stays in {@link ZonedDateTime}
 * until the end so that a day across a daylight-saving change still starts at its local midnight.
 */
final class DateTimeReader {

    /** How many days ahead "as soon as possible" looks: the first free slots lie well within them. */
    private static final int SOONEST_WITHIN_DAYS = 14;
    private static final Lexicon WORDS = Lexicon.ENGLISH;

    private final ClockReader clocks;
    private final Holidays holidays;
    private final DateReader dates;

    DateTimeReader(BusinessHours hours, Holidays holidays) {
        this.clocks = new ClockReader(hours);
        this.holidays = holidays;
        this.dates = new DateReader(holidays);
    }

    Optional<RequestedTime> read(String said, ZonedDateTime now, boolean loneHourIsTime) {
        List<String> words = withoutRefused(words(said));
        List<String> asked = withoutGoneBy(words);
        // "She's been sick since last night, can you see her this afternoon": the time gone by is the reason given,
        // the one still to come is asked for.
        return (asked.size() < words.size() ? said(asked, now, loneHourIsTime) : Optional.<RequestedTime>empty())
                .or(() -> said(words, now, loneHourIsTime));
    }

    private Optional<RequestedTime> said(List<String> words, ZonedDateTime now, boolean loneHourIsTime) {
        String text = String.join(" ", words);
        Optional<RequestedTime> corrected = corrected(text, now, loneHourIsTime);
        return corrected.isPresent() ? corrected : whole(text, now, loneHourIsTime);
    }

    /** The words without what tells a time gone by ("since monday", "yesterday night"), up to the pause after it. */
    private static List<String> withoutGoneBy(List<String> words) {
        List<String> out = new ArrayList<>();
        boolean gone = false;
        for (String w : words) {
            gone = WORDS.isA("gone by", w) || gone && !w.equals(",");
            if (!gone) {
                out.add(w);
            }
        }
        return out;
    }

    /** The time said last, where the caller corrected themselves, once or more ("Monday, no, Tuesday, sorry, at 4"). */
    private Optional<RequestedTime> corrected(String text, ZonedDateTime now, boolean loneHourIsTime) {
        Optional<SelfCorrection> correction = SelfCorrection.in(text);
        if (correction.isEmpty() || correction.get().said().replace(",", "").isBlank()) {
            return Optional.empty();
        }
        String rest = correction.get().rest();
        Optional<RequestedTime> before = corrected(rest, now, loneHourIsTime).or(() -> whole(rest, now, loneHourIsTime));
        Optional<RequestedTime> said = whole(correction.get().said(), now,
                loneHourIsTime || before.map(RequestedTime::timeSaid).orElse(false));
        if (said.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(before.map(earlier -> completed(said.get(), earlier, now.getZone())).orElse(said.get()));
    }

    /**
     * The correction, with the day or the time of day it did not repeat taken from the words around it: "Monday at
     * 2, sorry, 3", "can we do Monday instead? First thing."
     */
    private static RequestedTime completed(RequestedTime said, RequestedTime earlier, ZoneId zone) {
        ZonedDateTime start = said.start().atZone(zone);
        LocalDate day = start.toLocalDate();
        LocalTime time = start.toLocalTime();
        if (said.timeSaid() && !said.dateSaid() && earlier.dateSaid()) {
            day = earlier.start().atZone(zone).toLocalDate();
        } else if (said.dateSaid() && !said.timeSaid() && earlier.timeSaid()) {
            time = earlier.start().atZone(zone).toLocalTime();
        } else {
            return said;
        }
        RequestedTime timed = said.timeSaid() ? said : earlier;
        ZonedDateTime moved = ZonedDateTime.of(day, time, zone);
        Instant end = timed.end() == null ? null : moved.toInstant().plus(Duration.between(timed.start(), timed.end()));
        return new RequestedTime(moved.toInstant(), end, timed.grain(), true, true, null);
    }

    private Optional<RequestedTime> whole(String text, ZonedDateTime now, boolean loneHourIsTime) {
        List<String> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            int target = words.get(i).equals("by") && WORDS.phraseBefore("visit", words, i) < 0
                    ? skip("the", words, i + 1) : -1;
            if (target >= 0 && deadlineNamed(words, target)) {
                return deadline(words.subList(target, words.size()), now, loneHourIsTime)
                        .or(() -> reading(text, now, loneHourIsTime));
            }
        }
        return reading(text, now, loneHourIsTime);
    }

    /**
     * "By" before a clock time, a day or the end of a period sets a deadline, not a moment: "by 2 pm" is any time
     * from now until two. "By evening 4:15" names the time itself and is left alone.
     */
    private static boolean deadlineNamed(List<String> words, int i) {
        String w = Grammar.at(words, i);
        String next = Grammar.at(words, i + 1);
        // A weekday as written, its plural or its possessive: "tues", "mondays", "friday's".
        String day = Grammar.stem(Set.of("this", "next").contains(w) ? next : w);
        boolean weekday = WORDS.weekday(day) != null
                || day.endsWith("s") && WORDS.weekday(day.substring(0, day.length() - 1)) != null;
        return w.equals("end") && next.equals("of") || !WORDS.said("end", words, i).isEmpty()
                || clock(w) && (w.indexOf(':') > 0 || Set.of("am", "pm", "o'clock").contains(next))
                || w.equals("next") && (next.equals("week") || next.equals("month")) || w.equals("tomorrow") || weekday;
    }

    /** Any time from now until the moment named, which is the start of the day or period when one is named. */
    private Optional<RequestedTime> deadline(List<String> target, ZonedDateTime now, boolean loneHourIsTime) {
        LocalDate today = now.toLocalDate();
        ZonedDateTime until = null;
        boolean dateSaid = true;
        String[] end = periodEnd(target);
        if (end != null && end[0].equals("day")) {
            until = today.plusDays(1).atStartOfDay(now.getZone());
            dateSaid = false;
        } else if (end != null) {
            int ahead = end[1].equals("next") ? 1 : 0;
            LocalDate first = end[0].equals("week")
                    ? today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(ahead)
                    : end[0].equals("month") ? today.withDayOfMonth(1).plusMonths(1 + ahead)
                    : today.withDayOfYear(1).plusYears(1 + ahead);
            until = first.atStartOfDay(now.getZone());
        } else {
            Optional<RequestedTime> named = reading(String.join(" ", target), now, loneHourIsTime);
            if (named.isPresent()) {
                until = named.get().start().atZone(now.getZone());
                dateSaid = named.get().dateSaid();
            }
        }
        return until == null || !until.isAfter(now) ? Optional.empty()
                : Optional.of(new RequestedTime(now.toInstant(), until.toInstant(), Grain.MINUTE, true, dateSaid, null));
    }

    /**
     * The end of a period the words open with ("eod", "the end of next week", "end of the business day"): the
     * period's unit and "this", "next" or "" as said; null if they name none. The end of a day is today's.
     */
    private static String[] periodEnd(List<String> words) {
        List<Lexicon.Said> end = WORDS.said("end", words, 0);
        if (!end.isEmpty()) {
            return new String[] {end.get(0).value(), ""};
        }
        int i = skip("the", words, 0);
        if (!Grammar.at(words, i).equals("end") || !Grammar.at(words, i + 1).equals("of")) {
            return null;
        }
        i = skip("the", words, i + 2);
        String which = Set.of("this", "next").contains(Grammar.at(words, i)) ? words.get(i) : "";
        List<Lexicon.Said> period = WORDS.said("period", words, which.isEmpty() ? i : i + 1);
        return period.isEmpty() || !which.isEmpty() && period.get(0).value().equals("day") ? null
                : new String[] {period.get(0).value(), which};
    }

    /** "15 minutes from 1 pm", "2 hours before 9:00": a clock time moved by a distance, as minutes, and where it is. */
    private static long[] moved(List<String> words) {
        for (int i = 0; i + 3 < words.size(); i++) {
            List<Lexicon.Said> unit = WORDS.said("unit", words, i + 1);
            List<Lexicon.Said> way = WORDS.said("moved", words, i + 2);
            long seconds = unit.isEmpty() ? 0 : Long.parseLong(unit.get(0).value());
            if (Grammar.digits(words.get(i), 1, 3) && (seconds == 60 || seconds == 3600) && !way.isEmpty()
                    && clock(words.get(i + 3))) {
                return new long[] {Long.parseLong(words.get(i)) * seconds / 60 * Long.parseLong(way.get(0).value()), i};
            }
        }
        return null;
    }

    private Optional<RequestedTime> reading(String said, ZonedDateTime now, boolean loneHourIsTime) {
        String text = holidays.spellOut(said, now.toLocalDate());
        Optional<ZonedDateTime> later = OffsetReader.distance(text, now);
        if (later.isPresent()) {
            return later.map(t -> new RequestedTime(t.toInstant(), null, Grain.MINUTE, true, false, null));
        }
        List<String> words = words(text);
        long[] shifted = moved(words);
        if (shifted != null) {
            List<String> rest = new ArrayList<>(words);
            rest.subList((int) shifted[1], (int) shifted[1] + 3).clear();
            Optional<RequestedTime> base = reading(String.join(" ", rest), now, loneHourIsTime)
                    .filter(t -> t.timeSaid() && t.end() == null);
            if (base.isPresent()) {
                long minutes = shifted[0];
                RequestedTime t = base.get();
                return Optional.of(new RequestedTime(t.start().plusSeconds(minutes * 60), null, Grain.MINUTE, true,
                        t.dateSaid(), null));
            }
        }
        Optional<ZonedDateTime[]> window = OffsetReader.nextFew(text, now);
        if (window.isPresent()) {
            ZonedDateTime[] w = window.get();
            return Optional.of(new RequestedTime(w[0].toInstant(), w[1].toInstant(), Grain.MINUTE, true, false, null));
        }
        ClockReader.Reading clock = clocks.read(text, loneHourIsTime);
        Optional<SaidDate> date = dates.read(clock.rest(), now);
        if (clock.time().isEmpty()) {
            return date.map(d -> day(d, now.getZone()))
                    .or(() -> OffsetReader.saysNow(text, loneHourIsTime) ? Optional.of(soonest(now)) : Optional.empty());
        }
        SaidTime time = clock.time().get();
        boolean today = date.isEmpty() && Cues.ENGLISH.in("part of today", text);
        LocalDate day = date.map(SaidDate::day).orElseGet(() -> nextDayWith(time, now));
        ZonedDateTime start = at(day, time.start(), now.getZone());
        ZonedDateTime end = null;
        if (time.end() != null) {
            end = at(day, time.end(), now.getZone());
            if (!end.isAfter(start)) {
                end = at(day.plusDays(1), time.end(), now.getZone());
            }
        }
        Instant other = date.map(SaidDate::other).map(d -> at(d, time.start(), now.getZone()).toInstant()).orElse(null);
        Instant passed = date.map(SaidDate::passed).map(d -> at(d, time.start(), now.getZone()).toInstant())
                .orElse(null);
        return Optional.of(new RequestedTime(start.toInstant(), end == null ? null : end.toInstant(), time.grain(),
                true, date.isPresent() || today, other, passed, date.map(SaidDate::dayOfMonthAlone).orElse(false)));
    }

    /**
     * "As soon as possible", "the earliest you have": the first free slots from now on. Both day and time count as
     * said, so the conversation offers slots rather than asking which day or time.
     */
    private static RequestedTime soonest(ZonedDateTime now) {
        return new RequestedTime(now.toInstant(), now.plusDays(SOONEST_WITHIN_DAYS).toInstant(), Grain.DAY, true, true, null);
    }

    /**
     * The words without a time or day ruled out ("not 1:30", "i can't do monday", "monday's no good"): what is ruled
     * out is not the one asked for (refusals.tsv).
     */
    private static List<String> withoutRefused(List<String> words) {
        List<String> out = new ArrayList<>(words);
        for (int i = 0; i < out.size(); i++) {
            int end = refused(out, i);
            if (end > i) {
                out.subList(i, end).clear();
                i--;
            }
        }
        return Grammar.onePause(out);
    }

    /** Where a time or day ruled out from word i on ends; i if none is. */
    private static int refused(List<String> words, int i) {
        for (Lexicon.Said refusal : WORDS.said("before", words, i)) {
            int k = refusal.end();
            k = Set.of("on", "at", "all").contains(Grammar.at(words, k)) ? k + 1 : k;
            k = skip("the", words, k);
            k = Set.of("this", "next").contains(Grammar.at(words, k)) ? k + 1 : k;
            String w = Grammar.at(words, k);
            if (fullWeekday(Grammar.stem(w)) || w.equals("tomorrow") || w.equals("today")) {
                return k + 1;
            }
            if (clock(w)) {
                return Set.of("am", "pm").contains(Grammar.at(words, k + 1)) ? k + 2 : k + 1;
            }
        }
        String day = Grammar.at(words, i);
        // A weekday, a day of the month, or a month with its day: "monday's no good", "the 3rd doesn't work",
        // "january 5th is a bit far".
        int k = fullWeekday(Grammar.stem(day)) || DateConventions.isNth(day) ? i + 1
                : WORDS.month(day) != null && DateConventions.isNth(Grammar.at(words, i + 1)) ? i + 2 : i;
        k = (k > i + 1 || fullWeekday(day)) && Set.of("is", "i", "i'm").contains(Grammar.at(words, k)) ? k + 1 : k;
        List<Lexicon.Said> refusal = k > i ? WORDS.said("after", words, k) : List.of();
        return refusal.isEmpty() ? i : refusal.get(0).end();
    }

    private static boolean fullWeekday(String w) {
        return WORDS.weekday(w) != null && w.endsWith("day");
    }

    private static boolean clock(String w) {
        return ClockReader.hourAndMinutes(w) != null;
    }

    private static int skip(String word, List<String> words, int i) {
        return Grammar.at(words, i).equals(word) ? i + 1 : i;
    }

    private static RequestedTime day(SaidDate date, ZoneId zone) {
        ZonedDateTime start = date.day().atStartOfDay(zone);
        ZonedDateTime end = date.endExclusive() == null ? null : date.endExclusive().atStartOfDay(zone);
        Instant other = date.other() == null ? null : date.other().atStartOfDay(zone).toInstant();
        Instant passed = date.passed() == null ? null : date.passed().atStartOfDay(zone).toInstant();
        return new RequestedTime(start.toInstant(), end == null ? null : end.toInstant(), date.grain(), false, true,
                other, passed, date.dayOfMonthAlone());
    }

    /** A time with no day is the next one to come: today while it (or its window) is still ahead, else tomorrow. */
    private static LocalDate nextDayWith(SaidTime time, ZonedDateTime now) {
        LocalDate today = now.toLocalDate();
        // A window that runs past midnight ("late tonight") is still ahead until midnight.
        LocalTime last = time.end() == null ? time.start() : time.end().isAfter(time.start()) ? time.end() : LocalTime.MAX;
        boolean ahead = at(today, last, now.getZone()).isAfter(now);
        return ahead ? today : today.plusDays(1);
    }

    private static ZonedDateTime at(LocalDate day, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(day, time, zone);
    }
}
