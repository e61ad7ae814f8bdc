package bella.application.understanding;

import bella.domain.call.Grain;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The seasons of the northern temperate year, from solstice to equinox as calendars print them, which is what a
 * caller means by "this summer" or "in the spring".
 */
final class Seasons {

    private static final String[] NAMES = {"spring", "summer", "fall", "winter"};
    private static final MonthDay[] STARTS = {MonthDay.of(3, 20), MonthDay.of(6, 21), MonthDay.of(9, 23),
            MonthDay.of(12, 21)};

    private Seasons() {
    }

    /**
     * @param which "next", "this" or another determiner, which all mean the named season still to come or under way
     * @param name  a season's name, or "season" for the one under way
     */
    static SaidDate read(String which, String name, LocalDate today) {
        int current = current(today);
        int index;
        if (name.equals("season")) {
            index = which.equals("next") ? (current + 1) % 4 : current;
        } else {
            index = indexOf(name.equals("autumn") ? "fall" : name);
        }
        LocalDate start = start(index, today.getYear() - 1);
        while (!end(index, start).isAfter(today) || which.equals("next") && !start.isAfter(today)) {
            start = start(index, start.getYear() + 1);
        }
        return SaidDate.span(start.isBefore(today) ? today : start, end(index, start), Grain.DAY);
    }

    private static int current(LocalDate today) {
        MonthDay day = MonthDay.from(today);
        for (int i = STARTS.length - 1; i >= 0; i--) {
            if (!day.isBefore(STARTS[i])) {
                return i;
            }
        }
        return 3;
    }

    private static int indexOf(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static LocalDate start(int index, int year) {
        return STARTS[index].atYear(year);
    }

    private static LocalDate end(int index, LocalDate start) {
        return index == 3 ? STARTS[0].atYear(start.getYear() + 1) : STARTS[index + 1].atYear(start.getYear());
    }
}
