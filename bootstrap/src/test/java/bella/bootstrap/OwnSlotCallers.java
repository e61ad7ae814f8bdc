package bella.bootstrap;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Callers who each ask for a slot of their own, so none races another: caller {@code i} asks for the {@code i}-th
 * half-hour of business days from the Monday after {@link RunningBella#MONDAY_MORNING}, gives a name and says yes.
 */
final class OwnSlotCallers {

    static final String BOOKED = "You're booked";
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 9);
    private static final int HALF_HOURS_A_DAY = 16;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE MMMM d", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

    private OwnSlotCallers() {
    }

    static TwilioCaller caller(String base, int i) {
        return new TwilioCaller(base, RunningBella.AUTH_TOKEN, callSid(i), String.format("+1416555%04d", i));
    }

    static String callSid(int i) {
        return String.format("CA%032d", i);
    }

    /** @return whether the caller heard the booking confirmed */
    static boolean book(TwilioCaller caller, int i) {
        caller.dial();
        caller.say("I'd like to book an appointment");
        caller.say(when(i));
        caller.say("my name is Ann Lee");
        boolean heard = caller.say("yes please").contains(BOOKED);
        caller.hangUp(60);
        return heard;
    }

    /** The day and time caller {@code i} asks for, as a caller says them. */
    static String when(int i) {
        return day(i).format(DAY) + " at " + time(i).format(TIME);
    }

    static LocalDate day(int i) {
        LocalDate day = FIRST_DAY;
        for (int days = i / HALF_HOURS_A_DAY; days > 0; days--) {
            day = day.plusDays(day.getDayOfWeek() == DayOfWeek.FRIDAY ? 3 : 1);
        }
        return day;
    }

    static LocalTime time(int i) {
        return LocalTime.of(9, 0).plusMinutes(30L * (i % HALF_HOURS_A_DAY));
    }
}
