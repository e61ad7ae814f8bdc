package bella.application.understanding;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The day as the business sees it, which is how callers mean bare hours and parts of the day:
 * "at 2" to a shop opening at 9 is two in the afternoon.
 */
record BusinessHours(LocalTime opensAt, LocalTime closesAt) {

    private static final LocalTime NOON = LocalTime.NOON;
    private static final LocalTime FIVE_PM = LocalTime.of(17, 0);
    private static final LocalTime THREE_PM = LocalTime.of(15, 0);
    private static final LocalTime SIX_PM = LocalTime.of(18, 0);
    private static final LocalTime NINE_PM = LocalTime.of(21, 0);

    BusinessHours {
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
    }

    /**
     * A clock hour said without am or pm: the reading within opening hours ("at 2" to a shop opening at 9 is two in
     * the afternoon), else the one nearer to them ("at 8" is eight in the morning, just before opening, not eight
     * at night).
     */
    int hourOfDay(int spokenHour) {
        if (spokenHour == 12 || spokenHour > 12) {
            return spokenHour;
        }
        int morning = spokenHour;
        int afternoon = spokenHour + 12;
        if (isOpenAt(morning) != isOpenAt(afternoon)) {
            return isOpenAt(morning) ? morning : afternoon;
        }
        if (isOpenAt(morning)) {
            return morning;
        }
        return hoursAway(morning) <= hoursAway(afternoon) ? morning : afternoon;
    }

    private boolean isOpenAt(int hour) {
        return hour >= opensAt.getHour() && hour < closesAt.getHour() + (closesAt.getMinute() > 0 ? 1 : 0);
    }

    private int hoursAway(int hour) {
        return hour < opensAt.getHour() ? opensAt.getHour() - hour : hour - closesAt.getHour();
    }

    Window morning() {
        return new Window(opensAt.isBefore(NOON) ? opensAt : LocalTime.of(8, 0), NOON);
    }

    /** The last two hours before noon, or what there is of them after opening. */
    Window lateMorning() {
        LocalTime ten = LocalTime.of(10, 0);
        return new Window(opensAt.isAfter(ten) && opensAt.isBefore(NOON) ? opensAt : ten, NOON);
    }

    Window afternoon() {
        return new Window(NOON, FIVE_PM);
    }

    /** Evening starts at six, when callers finish work, and runs to closing when the business is open late. */
    Window evening() {
        return new Window(SIX_PM, closesAt.isAfter(NINE_PM) ? closesAt : NINE_PM);
    }

    /** "Late tonight": the last hours before midnight, or from closing when the business is open later still. */
    Window lateEvening() {
        return new Window(closesAt.isAfter(NINE_PM) ? closesAt.minusHours(2) : NINE_PM, LocalTime.MIDNIGHT);
    }

    /** When the school day ends, until the evening is over. */
    Window afterSchool() {
        return new Window(THREE_PM, evening().end());
    }

    /** When an office day ends, until the evening is over. */
    Window afterWork() {
        return new Window(FIVE_PM, evening().end());
    }

    Window firstThing() {
        return new Window(opensAt, opensAt.plusHours(1));
    }

    Window endOfDay() {
        return new Window(THREE_PM, closesAt.isAfter(THREE_PM) ? closesAt : FIVE_PM);
    }

    /**
     * The window a part of the day names (see windows.tsv): one of the names above, or a fixed span "10:00-11:30",
     * where "opening" is the opening time.
     */
    Window window(String meaning) {
        int dash = meaning.indexOf('-');
        if (dash > 0) {
            String from = meaning.substring(0, dash);
            return new Window(from.equals("opening") ? opensAt : LocalTime.parse(from),
                    LocalTime.parse(meaning.substring(dash + 1)));
        }
        return switch (meaning) {
            case "first thing" -> firstThing();
            case "end of day" -> endOfDay();
            case "late evening" -> lateEvening();
            case "after school" -> afterSchool();
            case "after work" -> afterWork();
            case "morning" -> morning();
            case "late morning" -> lateMorning();
            case "afternoon" -> afternoon();
            case "evening" -> evening();
            default -> throw new IllegalArgumentException("no part of the day named " + meaning);
        };
    }

    /** A span of the day, end exclusive. */
    record Window(LocalTime start, LocalTime end) {
    }
}
