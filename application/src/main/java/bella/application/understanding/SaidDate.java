package bella.application.understanding;

import bella.domain.call.Grain;
import java.time.LocalDate;

/**
 * A day (or week, or month) the caller named.
 *
 * @param endExclusive the first day after a span the caller named as a whole; null for a single day
 * @param other        a second, equally likely reading of the words ("next friday" said on a tuesday), or null
 * @param passed       the day as named when it has just gone by ("november 3rd" said on the 27th), or null; {@code day}
 *                     (and {@code other}) are then the nearest days ahead the caller may have meant
 * @param dayOfMonthAlone whether the day was named by its day of the month alone ("the 9th"), with no month or weekday
 */
record SaidDate(LocalDate day, LocalDate endExclusive, Grain grain, LocalDate other, LocalDate passed,
                boolean dayOfMonthAlone) {

    SaidDate(LocalDate day, LocalDate endExclusive, Grain grain, LocalDate other) {
        this(day, endExclusive, grain, other, null, false);
    }

    static SaidDate of(LocalDate day) {
        return new SaidDate(day, null, Grain.DAY, null);
    }

    static SaidDate span(LocalDate day, LocalDate endExclusive, Grain grain) {
        return new SaidDate(day, endExclusive, grain, null);
    }

    /** A span, from today when it began already ("the week" said on a Wednesday). */
    static SaidDate ahead(LocalDate today, LocalDate day, LocalDate endExclusive, Grain grain) {
        return span(day.isAfter(today) ? day : today, endExclusive, grain);
    }

    /** A day named that has gone by, and the one (or two) ahead the caller may have meant. */
    static SaidDate gone(LocalDate passed, LocalDate meant, LocalDate orMeant) {
        return new SaidDate(meant, null, Grain.DAY, orMeant, passed, false);
    }
}
