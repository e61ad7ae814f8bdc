package bella.application.understanding;

import bella.domain.call.Grain;
import java.time.LocalDate;

/**
 * A day (or week, or month) the caller named.
 *
 * @param endExclusive the first day after a week or month the caller named as a whole; null for a single day
 */
record SaidDate(LocalDate day, LocalDate endExclusive, Grain grain) {

    static SaidDate of(LocalDate day) {
        return new SaidDate(day, null, Grain.DAY);
    }
}
