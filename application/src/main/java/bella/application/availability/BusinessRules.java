package bella.application.availability;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When the business takes appointments.
 *
 * @param openDays    the weekdays it is open
 * @param opens       the first moment an appointment may start
 * @param closes      the moment the last appointment must have ended
 * @param appointment how long one appointment lasts (also the step between offered start times)
 * @param horizon     how far ahead callers may book
 */
public record BusinessRules(ZoneId zone, Set<DayOfWeek> openDays, LocalTime opens, LocalTime closes,
                           Duration appointment, Duration horizon) {

    public BusinessRules {
        Objects.requireNonNull(zone, "zone");
        openDays = openDays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(openDays));
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("the business must close after it opens: " + opens + " to " + closes);
        }
        if (appointment.isNegative() || appointment.isZero()) {
            throw new IllegalArgumentException("an appointment must last a positive time: " + appointment);
        }
        if (appointment.compareTo(Duration.between(opens, closes)) > 0) {
            throw new IllegalArgumentException("an appointment of " + appointment.toMinutes()
                    + " minutes does not fit between " + opens + " and " + closes);
        }
        if (horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("the booking horizon must be positive: " + horizon);
        }
    }

    public boolean isOpenOn(DayOfWeek day) {
        return openDays.contains(day);
    }
}
