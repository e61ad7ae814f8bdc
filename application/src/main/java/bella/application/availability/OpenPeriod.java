package bella.application.availability;

import bella.domain.booking.Slot;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One unbroken stretch of a day's opening, in the business's wall-clock time: 08:00 to 12:00 of a clinic that
 * closes for lunch.
 *
 * @param opens  the first moment an appointment may start
 * @param closes the moment the last appointment must have ended; the same day, so a period never runs past midnight
 */
public record OpenPeriod(LocalTime opens, LocalTime closes) {

    public OpenPeriod {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("the business must close after it opens: " + opens + " to " + closes);
        }
    }

    /** How long the period lasts on an ordinary day (a daylight-saving change inside it is not counted). */
    public Duration length() {
        return Duration.between(opens, closes);
    }

    public boolean fits(Duration appointment) {
        return appointment.compareTo(length()) <= 0;
    }

    /** The period on a given date as instants; wall-clock times the clocks skip move later, as the zone rules say. */
    public Slot on(LocalDate day, ZoneId zone) {
        return new Slot(day.atTime(opens).atZone(zone).toInstant(), day.atTime(closes).atZone(zone).toInstant());
    }

    @Override
    public String toString() {
        return opens + "-" + closes;
    }
}
