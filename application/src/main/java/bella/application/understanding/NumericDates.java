package bella.application.understanding;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days written as two numbers and a hyphen, "2-15" or "2 - 15", in US month-day order. The same shape is a range
 * of hours ("2-4", "9-11"), so a pair is a day only when it cannot be hours on a twelve-hour dial: the first
 * number is a month, the second is past 12 yet a day that month has, and neither carries am, pm or minutes.
 */
final class NumericDates {

    /** A hyphenated pair standing alone: not inside a clock time, a phone number or a longer run of numbers. */
    private static final Pattern PAIR = Pattern.compile(
            "(?<![\\d:/\\-])\\b(\\d{1,2}) ?- ?(\\d{1,2})(?:-(\\d{4}|\\d{2}))?\\b(?![:/]|-\\d| ?(?:am|pm)\\b)");
    private static final Pattern COUNTED = Pattern.compile("^ (?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?"
            + "|years?|people|persons?|guests?|kids|adults|children|dollars|percent)\\b");

    private NumericDates() {
    }

    /** True when "first-second" can only be a day: the second number is no clock hour and falls in that month. */
    static boolean isMonthDay(int first, int second) {
        return first >= 1 && first <= 12 && second > 12 && second <= Month.of(first).maxLength();
    }

    /** The day the first such pair names: in the year said, else the next one to come (February 29 included). */
    static Optional<LocalDate> read(String text, LocalDate today) {
        Matcher m = PAIR.matcher(text);
        while (m.find()) {
            int month = Integer.parseInt(m.group(1));
            int day = Integer.parseInt(m.group(2));
            if (!isMonthDay(month, day) || COUNTED.matcher(text.substring(m.end())).find()) {
                continue;
            }
            if (m.group(3) != null) {
                int year = Integer.parseInt(m.group(3));
                year = year < 100 ? 2000 + year : year;
                if (day <= Month.of(month).length(LocalDate.of(year, 1, 1).isLeapYear())) {
                    return Optional.of(LocalDate.of(year, month, day));
                }
                continue;
            }
            for (int year = today.getYear(); year <= today.getYear() + 8; year++) {
                boolean leap = LocalDate.of(year, 1, 1).isLeapYear();
                if (day <= Month.of(month).length(leap) && !LocalDate.of(year, month, day).isBefore(today)) {
                    return Optional.of(LocalDate.of(year, month, day));
                }
            }
        }
        return Optional.empty();
    }

    /** True when the words after a pair of numbers count something ("10-15 minutes"), so the pair is no clock range. */
    static boolean counts(String after) {
        return COUNTED.matcher(after).find();
    }
}
