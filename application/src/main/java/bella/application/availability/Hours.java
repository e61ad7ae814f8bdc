package bella.application.availability;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Objects;

/**
 * Weekdays that share the same opening, as a receptionist says them: "Monday to Friday, 9 to 5".
 *
 * @param days    the weekdays, Monday first; never empty
 * @param opening their common opening
 */
public record Hours(List<DayOfWeek> days, Opening opening) {

    public Hours {
        days = List.copyOf(days);
        if (days.isEmpty()) {
            throw new IllegalArgumentException("hours apply to at least one day");
        }
        Objects.requireNonNull(opening, "opening");
    }

    /** Whether the days follow one another (Monday to Friday), so they can be said as a range. */
    public boolean consecutive() {
        for (int i = 1; i < days.size(); i++) {
            if (days.get(i).getValue() != days.get(i - 1).getValue() + 1) {
                return false;
            }
        }
        return true;
    }
}
