package bella.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole calls through signed webhooks, on Tuesday, March 3rd, to a massage studio open Monday to Thursday 9 to 5 and
 * Friday 10 to 3: the conversation recovers as a receptionist would from what callers say by mistake or change.
 */
class RecoveringCallsTest {

    private static final Map<String, String> STUDIO = Map.of(
            "BUSINESS_NAME", "Kneady Hands",
            "BUSINESS_HOURS", "Mon-Thu 09:00-17:00; Fri 10:00-15:00",
            "SERVICES", "Massage=60",
            "SLOT_GRANULARITY", "30");

    @TempDir
    Path data;

    @Test
    void aCallerWhoClosesAfterTheHoursIsThankedAndBooksNothing() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), STUDIO)) {
            TwilioCaller caller = bella.caller("CA00000000000000000000000000000e01", "+14165550301");
            caller.dial();
            assertThat(caller.say("what time do you close on friday")).contains("Friday, 10 AM to 3 PM");
            assertThat(caller.say("great, thanks, bye")).contains("Thank you for calling Kneady Hands. Goodbye!")
                    .doesNotContain("What day and time");
        }
    }

    @Test
    void aCallerWhoHeardTheClosingTimeGetsTheLatestTimesOfThatDay() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), STUDIO)) {
            TwilioCaller caller = bella.caller("CA00000000000000000000000000000e02", "+14165550302");
            caller.dial();
            caller.say("I'd like to book a massage");
            assertThat(caller.say("friday at 4")).contains("That's outside our opening hours that day.");
            assertThat(caller.say("what's the latest you have?"))
                    .contains("I have 1, 1:30 or 2 PM on Friday, March 6th").doesNotContain("outside");
            assertThat(caller.say("2 please")).contains("your name");
        }
    }

    @Test
    void aDateGoneByIsAskedBackAndAYesTakesTheDayAhead() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), STUDIO)) {
            TwilioCaller caller = bella.caller("CA00000000000000000000000000000e03", "+14165550303");
            caller.dial();
            caller.say("I'd like to book");
            assertThat(caller.say("February 24th at 10"))
                    .contains("That date has passed. Did you mean Tuesday, March 24th at 10 AM?")
                    .doesNotContain("days ahead");
            assertThat(caller.say("yes")).contains("your name");
            assertThat(caller.say("Ada Lovelace")).contains("Tuesday, March 24th at 10 AM");
            assertThat(caller.say("yes")).contains("You're booked for Tuesday, March 24th at 10 AM");
        }
    }

    @Test
    void aCallerMovesTheirOwnAppointmentByHalfAnHourAndTheKeypadStaysOnceItTookOver() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), STUDIO)) {
            TwilioCaller booking = bella.caller("CA00000000000000000000000000000e04", "+14165550304");
            booking.dial();
            booking.say("I'd like to book");
            booking.say("wednesday at 1 pm");
            booking.say("Grace Hopper");
            assertThat(booking.say("yes")).contains("You're booked for Wednesday, March 4th at 1 PM");
            bella.awaitGet("/api/appointments?from=2026-03-04&to=2026-03-04", body -> body.contains("Grace"));

            TwilioCaller moving = bella.caller("CA00000000000000000000000000000e05", "+14165550304");
            moving.dial();
            assertThat(moving.say("I need to move my appointment")).contains("Wednesday, March 4th at 1 PM");
            assertThat(moving.say("wednesday at 1:30"))
                    .contains("move your appointment from Wednesday, March 4th at 1 PM to Wednesday, March 4th at "
                            + "1:30 PM").doesNotContain("already booked");
            assertThat(moving.say("yes")).contains("moved to Wednesday, March 4th at 1:30 PM");

            TwilioCaller unheard = bella.caller("CA00000000000000000000000000000e06", "+14165550306");
            unheard.dial();
            unheard.say("book");
            unheard.say("mmm");
            assertThat(unheard.say("hmm")).contains("Press 1 for");
            assertThat(unheard.press("1")).contains("your name");
            assertThat(unheard.say("Alan Turing")).contains("Press 1 to book it, or press 2");
        }
    }
}
