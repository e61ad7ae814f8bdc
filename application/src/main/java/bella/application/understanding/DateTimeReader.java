package bella.application.understanding;

import bella.domain.call.Grain;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Puts the time of day and the day together in the business's zone. Arithmetic stays in {@link ZonedDateTime}
 * until the end so that a day across a daylight-saving change still starts at its local midnight.
 */
final class DateTimeReader {

    /** How many days ahead "as soon as possible" looks: the first free slots lie well within them. */
    private static final int SOONEST_WITHIN_DAYS = 14;
    /**
     * "By" before a clock time, a day or the end of a period sets a deadline, not a moment: "by 2 pm" is any time
     * from now until two. "By evening 4:15" names the time itself and is left alone.
     */
    private static final Pattern DEADLINE = Pattern.compile("(?<!\\b(?:come|stop|drop|swing|pop|pass) )\\bby (?:the )?(?=(?:end of|eo[dwmy]\\b|close of business"
            + "|\\d{1,2}(?::\\d\\d)?(?: am| pm| o'clock)|\\d{1,2}:\\d\\d|next (?:week|month)\\b|tomorrow\\b"
            + "|(?:this |next )?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b))");
    private static final Pattern END_OF_DAY = Pattern.compile("^(?:eod|(?:the )?end of (?:the )?(?:business )?day"
            + "|close of business)\\b");
    private static final Pattern END_OF_PERIOD = Pattern.compile("^(?:eo([wmy])|(?:the )?end of (?:the )?"
            + "(this |next )?(week|month|year))\\b");

    /** "15 minutes from 1 pm", "2 hours after 9:00": a clock time moved by a distance. */
    private static final Pattern FROM_CLOCK = Pattern.compile(
            "\\b(\\d{1,3}) (minutes?|mins?|hours?|hrs?) (from|after|past|before) (?=\\d{1,2}(?::\\d\\d)?(?: am| pm|\\b))");

    /** "Not 1:30", "I can't do Monday": a time or day ruled out is not the one asked for (refusals.tsv). */
    private static final Pattern NEGATED = Pattern.compile("\\b(?:" + refusals("before") + ")(?: on| at| all)? "
            + "(?:the )?(?:this |next )?(?:" + DateReader.WEEKDAY_WORD + "|\\d{1,2}(?::\\d\\d)?(?: am| pm)?"
            + "|tomorrow|today)\\b"
            + "|\\b" + DateReader.WEEKDAY_WORD + "(?:'s| is| i| i'm)? (?:" + refusals("after") + ")\\b");

    private final ClockReader clocks;
    private final Holidays holidays;
    private final DateReader dates;

    DateTimeReader(BusinessHours hours, Holidays holidays) {
        this.clocks = new ClockReader(hours);
        this.holidays = holidays;
        this.dates = new DateReader(holidays);
    }

    Optional<RequestedTime> read(String said, ZonedDateTime now, boolean loneHourIsTime) {
        String text = NEGATED.matcher(said).replaceAll("").replaceAll("(?: *,)+", " ,").replaceAll(" {2,}", " ").strip();
        Optional<RequestedTime> corrected = corrected(text, now, loneHourIsTime);
        return corrected.isPresent() ? corrected : whole(text, now, loneHourIsTime);
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

    /** The correction, with the day or the time of day it did not repeat taken from the words before it. */
    private static RequestedTime completed(RequestedTime said, RequestedTime earlier, ZoneId zone) {
        ZonedDateTime start = said.start().atZone(zone);
        LocalDate day = start.toLocalDate();
        LocalTime time = start.toLocalTime();
        if (said.timeSaid() && !said.dateSaid() && earlier.dateSaid()) {
            day = earlier.start().atZone(zone).toLocalDate();
        } else if (said.dateSaid() && !said.timeSaid() && earlier.timeSaid() && earlier.end() == null) {
            time = earlier.start().atZone(zone).toLocalTime();
        } else {
            return said;
        }
        ZonedDateTime moved = ZonedDateTime.of(day, time, zone);
        Instant end = said.end() == null || !said.timeSaid() ? null
                : moved.toInstant().plus(Duration.between(said.start(), said.end()));
        return new RequestedTime(moved.toInstant(), end, said.timeSaid() ? said.grain() : earlier.grain(), true, true,
                null);
    }

    private Optional<RequestedTime> whole(String text, ZonedDateTime now, boolean loneHourIsTime) {
        Matcher by = DEADLINE.matcher(text);
        if (by.find()) {
            Optional<RequestedTime> deadline = deadline(text.substring(by.end()), now, loneHourIsTime);
            if (deadline.isPresent()) {
                return deadline;
            }
        }
        return reading(text, now, loneHourIsTime);
    }

    /** Any time from now until the moment named, which is the start of the day or period when one is named. */
    private Optional<RequestedTime> deadline(String target, ZonedDateTime now, boolean loneHourIsTime) {
        LocalDate today = now.toLocalDate();
        ZonedDateTime until = null;
        boolean dateSaid = true;
        Matcher m = END_OF_PERIOD.matcher(target);
        if (END_OF_DAY.matcher(target).find()) {
            until = today.plusDays(1).atStartOfDay(now.getZone());
            dateSaid = false;
        } else if (m.find()) {
            String unit = m.group(1) != null ? m.group(1) : m.group(3).substring(0, 1);
            int ahead = "next ".equals(m.group(2)) ? 1 : 0;
            LocalDate end = unit.equals("w")
                    ? today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(ahead)
                    : unit.equals("m") ? today.withDayOfMonth(1).plusMonths(1 + ahead)
                    : today.withDayOfYear(1).plusYears(1 + ahead);
            until = end.atStartOfDay(now.getZone());
        } else {
            Optional<RequestedTime> named = reading(target, now, loneHourIsTime);
            if (named.isPresent()) {
                until = named.get().start().atZone(now.getZone());
                dateSaid = named.get().dateSaid();
            }
        }
        if (until == null || !until.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(new RequestedTime(now.toInstant(), until.toInstant(), Grain.MINUTE, true, dateSaid, null));
    }

    private Optional<RequestedTime> reading(String said, ZonedDateTime now, boolean loneHourIsTime) {
        String text = holidays.spellOut(said, now.toLocalDate());
        Optional<ZonedDateTime> later = OffsetReader.distance(text, now);
        if (later.isPresent()) {
            return later.map(t -> moment(t, Grain.MINUTE));
        }
        Matcher shifted = FROM_CLOCK.matcher(text);
        if (shifted.find()) {
            Optional<RequestedTime> base = reading(text.substring(0, shifted.start()) + text.substring(shifted.end()), now,
                    loneHourIsTime).filter(t -> t.timeSaid() && t.end() == null);
            if (base.isPresent()) {
                long minutes = Long.parseLong(shifted.group(1)) * (shifted.group(2).startsWith("h") ? 60 : 1)
                        * (shifted.group(3).equals("before") ? -1 : 1);
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
                true, date.isPresent() || today, other, passed));
    }

    /**
     * "As soon as possible", "the earliest you have": the first free slots from now on. Both day and time count as
     * said, so the conversation offers slots rather than asking which day or time.
     */
    private static RequestedTime soonest(ZonedDateTime now) {
        return new RequestedTime(now.toInstant(), now.plusDays(SOONEST_WITHIN_DAYS).toInstant(), Grain.DAY, true, true, null);
    }

    private static String refusals(String side) {
        return Lexicon.rows("refusals.tsv").stream().filter(row -> row.get(0).equals(side))
                .map(row -> Pattern.quote(row.get(1))).collect(Collectors.joining("|"));
    }

    private static RequestedTime moment(ZonedDateTime at, Grain grain) {
        return new RequestedTime(at.toInstant(), null, grain, true, false, null);
    }

    private static RequestedTime day(SaidDate date, ZoneId zone) {
        ZonedDateTime start = date.day().atStartOfDay(zone);
        ZonedDateTime end = date.endExclusive() == null ? null : date.endExclusive().atStartOfDay(zone);
        Instant other = date.other() == null ? null : date.other().atStartOfDay(zone).toInstant();
        Instant passed = date.passed() == null ? null : date.passed().atStartOfDay(zone).toInstant();
        return new RequestedTime(start.toInstant(), end == null ? null : end.toInstant(), date.grain(), false, true,
                other, passed);
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
