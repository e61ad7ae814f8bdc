package bella.application.understanding;

import bella.domain.call.Grain;
import java.time.LocalDate;

/**
 * A day (or week, or month) the caller named.
 *
 * @param endExclusive the first day after a span the caller named as a whole; null for a single day
 * @param other        a second, equally likely reading of the words ("next friday" said on a tuesday), or null
 */
record SaidDate(LocalDate day, LocalDate endExclusive, Grain grain, LocalDate other) {

    static SaidDate of(LocalDate day) {
        return new SaidDate(day, null, Grain.DAY, null);
    }

    static SaidDate span(LocalDate day, LocalDate endExclusive, Grain grain) {
        return new SaidDate(day, endExclusive, grain, null);
    }
}
