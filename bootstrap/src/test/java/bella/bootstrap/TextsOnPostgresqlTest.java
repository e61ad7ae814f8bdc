package bella.bootstrap;

import bella.domain.MovableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static bella.bootstrap.Eventually.awaitThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text outbox on a real PostgreSQL server (see {@link PostgresqlDatabase}): a confirmation taken, one refused,
 * one rate-limited and retried, a delivery report, a reminder sent when due and one withdrawn by a cancellation.
 */
class TextsOnPostgresqlTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANN = "+14165550171";
    private static final String BEN = "+14165550172";
    private static final String INVALID = "+14165550173";
    /** Tuesday 3 March 2026, 10:15 in Toronto. */
    private static final Instant TUESDAY = Instant.parse("2026-03-03T15:15:00Z");

    private final FakeTwilioMessages twilio = new FakeTwilioMessages();
    private final MovableClock clock = new MovableClock(TUESDAY);
    private PostgresqlDatabase database;

    @BeforeEach
    void database() {
        database = PostgresqlDatabase.create();
    }

    // also runs after a skipped or failed start, when there is no database
    @AfterEach
    void stop() {
        twilio.close();
        if (database != null) {
            database.close();
        }
    }

    @Test
    void textsAreQueuedSentRetriedRefusedReportedRemindedAndWithdrawn() throws Exception {
        twilio.refusesOnce(ANN, 429, 20429, "Too Many Requests");
        twilio.refuses(INVALID, 400, 21211, "The 'To' number is not a valid phone number.");
        try (RunningBella bella = RunningBella.start(database.url(), twilio.settings(), clock)) {
            book(bella, "CA00000000000000000000000000000601", ANN, "Thursday at 2 pm");
            awaitThat(() -> texts(bella).stream().anyMatch(text -> text.get("to").asText().equals(ANN)
                    && text.get("state").asText().equals("pending") && text.get("errorCode").asInt() == 20429));
            clock.move(Duration.ofSeconds(15));
            awaitThat(() -> twilio.textsTo(ANN).size() == 2);

            book(bella, "CA00000000000000000000000000000602", BEN, "Thursday at 3 pm");
            // a caller's bookings are found through the appointments read model, a moment behind
            bella.awaitGet("/api/appointments?from=2026-03-01&to=2026-03-31", body -> body.contains(BEN));
            TwilioCaller cancelling = bella.caller("CA00000000000000000000000000000603", BEN);
            cancelling.dial();
            cancelling.say("cancel my appointment");
            assertThat(cancelling.say("yes please")).contains("is cancelled");
            awaitThat(() -> twilio.textsTo(BEN).size() == 2);

            book(bella, "CA00000000000000000000000000000604", INVALID, "Thursday at 4 pm");
            awaitThat(() -> texts(bella).stream().anyMatch(text -> text.get("to").asText().equals(INVALID)
                    && text.get("state").asText().equals("failed")));

            awaitThat(() -> texts(bella).stream().noneMatch(text -> text.get("to").asText().equals(ANN)
                    && text.get("purpose").asText().equals("confirmation")));
            String sid = JSON.readTree(twilio.server().getAllServeEvents().stream()
                    .filter(served -> served.getResponse().getStatus() == 201)
                    .filter(served -> served.getRequest().formParameters().get("To").firstValue().equals(ANN))
                    .findFirst().orElseThrow().getResponse().getBodyAsString()).get("sid").asText();
            assertThat(bella.caller("CA00000000000000000000000000000601", ANN).post("/twilio/sms-status",
                    Map.of("MessageSid", sid, "MessageStatus", "undelivered", "ErrorCode", "30003")).statusCode())
                    .isEqualTo(204);
            awaitThat(() -> texts(bella).stream().anyMatch(text -> sid.equals(text.get("messageSid").asText())
                    && text.get("delivery").asText().equals("undelivered")));

            // Wednesday 4:15 PM: past the reminders of Thursday's 2 and 4 PM
            clock.move(Duration.ofHours(30));
            awaitThat(() -> twilio.textsTo(ANN).size() == 3);
            assertThat(twilio.textsTo(ANN).get(2)).startsWith("Maple Dental: a reminder of your appointment on "
                    + "Thursday, March 5, 2026 at 2:00 PM.");
            awaitThat(() -> twilio.textsTo(INVALID).size() == 2);
        }
        assertThat(twilio.textsTo(BEN)).as("booked, cancelled: no reminder").hasSize(2);
        assertThat(database.jdbc().queryForList("SELECT state FROM text_outbox WHERE to_number = ? "
                + "AND purpose = 'REMINDER'", String.class, BEN)).containsExactly("WITHDRAWN");
    }

    private static void book(RunningBella bella, String callSid, String number, String when) {
        TwilioCaller caller = bella.caller(callSid, number);
        caller.dial();
        caller.say("I'd like to book an appointment");
        caller.say(when);
        caller.say("this is Ada Lovelace");
        assertThat(caller.press("1")).contains("You're booked");
    }

    private static List<JsonNode> texts(RunningBella bella) {
        try {
            List<JsonNode> texts = new ArrayList<>();
            JSON.readTree(bella.get("/api/texts/pending").body()).forEach(texts::add);
            return texts;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
