package bella.application.understanding;

import bella.domain.call.Grain;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Puts the time of day and the day together in the business's zone. Arithmetic stays in {@link ZonedDateTime}
 * until the end so that a day across a daylight-saving change still starts at its local midnight.
 */
final class DateTimeReader {

    private final ClockReader clocks;
    private final DateReader dates = new DateReader();

    DateTimeReader(BusinessHours hours) {
        this.clocks = new ClockReader(hours);
    }

    Optional<RequestedTime> read(String text, ZonedDateTime now, boolean loneHourIsTime) {
        Optional<ZonedDateTime> later = OffsetReader.distance(text, now);
        if (later.isPresent()) {
            return later.map(t -> moment(t, Grain.MINUTE));
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
                    .or(() -> OffsetReader.saysNow(text, loneHourIsTime) ? Optional.of(moment(now, Grain.MINUTE)) : Optional.empty());
        }
        SaidTime time = clock.time().get();
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
        return Optional.of(new RequestedTime(start.toInstant(), end == null ? null : end.toInstant(), time.grain(),
                true, date.isPresent(), other));
    }

    private static RequestedTime moment(ZonedDateTime at, Grain grain) {
        return new RequestedTime(at.toInstant(), null, grain, true, false, null);
    }

    private static RequestedTime day(SaidDate date, ZoneId zone) {
        ZonedDateTime start = date.day().atStartOfDay(zone);
        ZonedDateTime end = date.endExclusive() == null ? null : date.endExclusive().atStartOfDay(zone);
        Instant other = date.other() == null ? null : date.other().atStartOfDay(zone).toInstant();
        return new RequestedTime(start.toInstant(), end == null ? null : end.toInstant(), date.grain(), false, true,
                other);
    }

    /** A time with no day is the next one to come: today while it (or its window) is still ahead, else tomorrow. */
    private static LocalDate nextDayWith(SaidTime time, ZonedDateTime now) {
        LocalDate today = now.toLocalDate();
        LocalTime last = time.end() != null ? time.end() : time.start();
        boolean ahead = at(today, last, now.getZone()).isAfter(now);
        return ahead ? today : today.plusDays(1);
    }

    private static ZonedDateTime at(LocalDate day, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(day, time, zone);
    }
}
