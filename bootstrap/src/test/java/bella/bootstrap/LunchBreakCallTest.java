package bella.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole calls through signed webhooks to a clinic that closes for lunch and keeps a quarter of an hour free around
 * each appointment: a booking right after the break, and the refusals a caller hears said for what they are.
 */
class LunchBreakCallTest {

    private static final Map<String, String> CLINIC = Map.of(
            "BUSINESS_NAME", "Maple Physio",
            "BUSINESS_HOURS", "Mon-Fri 08:00-12:00, 13:00-18:00",
            "APPOINTMENT_BUFFER", "15");

    @TempDir
    Path data;

    @Test
    void aCallerBooksAfterTheLunchBreakAndTheNextHearsTheBufferAndTheBreakSaidAsSuch() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), CLINIC)) {
            TwilioCaller first = bella.caller("CA00000000000000000000000000000b01", "+14165550201");
            first.dial();
            assertThat(first.say("what are your hours"))
                    .contains("We're open Monday to Friday, 8 AM to noon and 1 to 6 PM.");
            assertThat(first.say("I'd like to book for Wednesday at 1")).contains("your name");
            assertThat(first.say("Grace Hopper")).contains("Wednesday, March 4th at 1 PM").contains("Shall I book it");
            assertThat(first.say("yes")).contains("You're booked for Wednesday, March 4th at 1 PM");
            assertThat(bella.awaitGet("/api/appointments?from=2026-03-04&to=2026-03-04",
                    body -> body.contains("Grace Hopper"))).contains("\"start\":\"2026-03-04T13:00:00\"");

            TwilioCaller second = bella.caller("CA00000000000000000000000000000b02", "+14165550202");
            second.dial();
            second.say("I'd like to book");
            String tooClose = second.say("Wednesday at 1:30");
            assertThat(tooClose)
                    .contains("That's too close to another appointment: we keep 15 minutes free around each one.")
                    .contains("I have 2, 2:30 or 3 PM on Wednesday, March 4th")
                    .doesNotContain("already booked");
            String duringLunch = second.say("how about 12:30 on Wednesday");
            assertThat(duringLunch).contains("We're closed for a break then.")
                    .contains("I have 11, 11:30 AM or 2 PM on Wednesday, March 4th")
                    .doesNotContain("already booked");
            assertThat(second.say("2 PM")).contains("your name");
            assertThat(second.say("Alan Turing")).contains("Wednesday, March 4th at 2 PM");
            assertThat(second.say("yes")).contains("You're booked for Wednesday, March 4th at 2 PM");
        }
    }
}
