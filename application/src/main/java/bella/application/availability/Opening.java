package bella.application.availability;

import bella.domain.booking.Slot;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The hours the business is open on one day: one period, or several with breaks between them (a clinic open
 * 08:00 to 12:00 and 13:00 to 18:00). An appointment lies inside one period; none spans a break.
 *
 * @param periods the day's periods in time order; never empty, and no two overlap or touch (touching periods are
 *                one period, and must be written as one)
 */
public record Opening(List<OpenPeriod> periods) {

    public Opening {
        Objects.requireNonNull(periods, "periods");
        List<OpenPeriod> ordered = new ArrayList<>(periods);
        ordered.forEach(period -> Objects.requireNonNull(period, "a period"));
        if (ordered.isEmpty()) {
            throw new IllegalArgumentException("an opening needs at least one period");
        }
        ordered.sort(Comparator.comparing(OpenPeriod::opens));
        for (int i = 1; i < ordered.size(); i++) {
            OpenPeriod before = ordered.get(i - 1);
            OpenPeriod after = ordered.get(i);
            if (!after.opens().isAfter(before.closes())) {
                throw new IllegalArgumentException(before + " and " + after + (after.opens().equals(before.closes())
                        ? " touch: write them as one period" : " overlap"));
            }
        }
        periods = List.copyOf(ordered);
    }

    /** A day open without a break. */
    public Opening(LocalTime opens, LocalTime closes) {
        this(List.of(new OpenPeriod(opens, closes)));
    }

    /** When the day's first period opens. */
    public LocalTime opens() {
        return periods.get(0).opens();
    }

    /** When the day's last period closes. */
    public LocalTime closes() {
        return periods.get(periods.size() - 1).closes();
    }

    /** Whether an appointment of this length fits in one of the periods. */
    public boolean fits(Duration appointment) {
        return periods.stream().anyMatch(period -> period.fits(appointment));
    }

    /** The periods on a given date as instants, in time order. */
    public List<Slot> on(LocalDate day, ZoneId zone) {
        return periods.stream().map(period -> period.on(day, zone)).toList();
    }
}
