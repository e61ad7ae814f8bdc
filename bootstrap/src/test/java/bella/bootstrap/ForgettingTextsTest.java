package bella.bootstrap;

import bella.domain.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static bella.bootstrap.Eventually.awaitThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A forgotten person is texted nothing more, is no longer greeted by name, and their number is gone from the text
 * outbox. A text to another caller is the sign that the sender has gone through everything due before it.
 */
class ForgettingTextsTest {

    private static final String ANN = "+14165550191";
    private static final String BEN = "+14165550192";
    /** Tuesday 3 March 2026, 10:15 in Toronto. */
    private static final Instant TUESDAY = Instant.parse("2026-03-03T15:15:00Z");

    @TempDir
    Path data;

    private final FakeTwilioMessages twilio = new FakeTwilioMessages();
    private final MovableClock clock = new MovableClock(TUESDAY);

    @AfterEach
    void stopTwilio() {
        twilio.close();
    }

    @Test
    void aForgottenCallersReminderIsWithdrawnAndTheyAreGreetedAsAStranger() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), twilio.settings(), clock)) {
            book(bella, "CA00000000000000000000000000000801", ANN, "Thursday at 2 pm");
            bella.awaitGet("/api/appointments?from=2026-03-05&to=2026-03-05", body -> body.contains(ANN));
            assertThat(bella.get("/api/texts/pending").body()).contains(ANN);

            assertThat(bella.post("/api/customers/" + ANN + "/forget").statusCode()).isEqualTo(200);

            assertThat(bella.get("/api/texts/pending").body()).doesNotContain(ANN, "0191");
            // Thursday 10:15: past the time of the reminder a day before the appointment
            clock.move(Duration.ofDays(2));
            book(bella, "CA00000000000000000000000000000802", BEN, "Friday at 2 pm");
            assertThat(twilio.textsTo(ANN)).as("only the confirmation sent before forgetting").hasSize(1);
            TwilioCaller again = bella.caller("CA00000000000000000000000000000803", ANN);
            assertThat(again.dial()).contains("Thank you for calling Maple Dental").doesNotContain("Welcome back");
        }
    }

    private void book(RunningBella bella, String callSid, String number, String when) {
        assertThat(bella.caller(callSid, number).books(when, "Ada Lovelace")).contains("You're booked");
        awaitThat(() -> twilio.textsTo(number).size() == 1);
    }
}
