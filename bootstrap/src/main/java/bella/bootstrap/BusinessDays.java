package bella.bootstrap;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A range of the business's days, both ends included, as the owner's API takes it from {@code from} and {@code to}:
 * a day that is no date, or a range reversed or longer than a year, is a {@link BadQuery} with its reason.
 */
record BusinessDays(LocalDate first, LocalDate last) {

    /** A range longer than a year is a mistake or an attack, not a question an owner asks. */
    static final int LONGEST_DAYS = 366;

    BusinessDays {
        if (last.isBefore(first)) {
            throw new BadQuery("to must not be before from");
        }
        if (last.isAfter(first.plusDays(LONGEST_DAYS))) {
            throw new BadQuery("ask for at most " + LONGEST_DAYS + " days at once");
        }
    }

    /** The day a parameter names, as YYYY-MM-DD. */
    static LocalDate day(String parameter, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadQuery(parameter + " must be a date as YYYY-MM-DD");
        }
    }

}
