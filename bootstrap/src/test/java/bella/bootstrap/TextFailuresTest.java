package bella.bootstrap;

import bella.domain.MovableClock;
import bella.domain.booking.Appointment;
import bella.domain.booking.ConfirmationFailed;
import bella.domain.booking.ConfirmationSent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static bella.bootstrap.Eventually.awaitThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twilio refuses, rate-limits and fails the texts of calls booked through signed webhooks, on a clock the test
 * moves: a refusal is recorded at once with Twilio's code, a rate limit is retried after its pause, a server that
 * keeps failing is retried with pauses that double and then given up; the owner sees each at GET /api/texts/pending
 * and no booking is lost.
 */
@Execution(ExecutionMode.CONCURRENT)
class TextFailuresTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OPTED_OUT = "+14165550181";
    private static final String LIMITED = "+14165550182";
    private static final String DOWN = "+14165550183";
    /** Tuesday 3 March 2026, 10:15 in Toronto. */
    private static final Instant START = Instant.parse("2026-03-03T15:15:00Z");

    @TempDir
    Path data;

    private final FakeTwilioMessages twilio = new FakeTwilioMessages();
    private final MovableClock clock = new MovableClock(START);

    @AfterEach
    void stopTwilio() {
        twilio.close();
    }

    @Test
    void refusalsAreRecordedAtOnceRateLimitsRetriedAndFailuresRetriedWithGrowingPausesThenGivenUp() throws Exception {
        twilio.refuses(OPTED_OUT, 400, 21610, "Attempt to send to unsubscribed recipient");
        twilio.refusesOnce(LIMITED, 429, 20429, "Too Many Requests");
        twilio.refuses(DOWN, 500, 20500, "Internal Server Error");
        Map<String, String> settings = new HashMap<>(twilio.settings());
        // reminders an hour before: none falls due while this test moves the clock
        settings.put("REMINDER_BEFORE", "PT1H");
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), settings, clock)) {
            EventStore events = bella.bean(EventStore.class);

            book(bella, "CA00000000000000000000000000000401", OPTED_OUT, "tomorrow at 2 pm");
            JsonNode refused = awaitPending(bella, OPTED_OUT, text -> text.get("state").asText().equals("failed"));
            assertThat(refused.get("errorCode").asInt()).isEqualTo(21610);
            assertThat(refused.get("error").asText()).contains("Attempt to send to unsubscribed recipient");
            assertThat(refused.get("next").isNull()).isTrue();
            ConfirmationFailed failed = awaitEvent(events, "CA00000000000000000000000000000401",
                    ConfirmationFailed.class);
            assertThat(failed.errorCode()).isEqualTo(21610);

            book(bella, "CA00000000000000000000000000000402", LIMITED, "tomorrow at 3 pm");
            JsonNode limited = awaitPending(bella, LIMITED, text -> text.get("errorCode").asInt() == 20429);
            assertThat(limited.get("state").asText()).isEqualTo("pending");
            assertThat(limited.get("next").asText()).isEqualTo("2026-03-03T10:15:15");
            clock.move(Duration.ofSeconds(15));
            ConfirmationSent sent = awaitEvent(events, "CA00000000000000000000000000000402", ConfirmationSent.class);
            assertThat(sent.messageSid()).matches("SM[0-9a-f]{32}");
            assertThat(twilio.textsTo(LIMITED)).hasSize(2).first().asString().contains("booked for Wednesday, March 4");
            assertThat(twilio.lookupsFor(LIMITED)).as("a rate limit surely took nothing").isZero();

            book(bella, "CA00000000000000000000000000000403", DOWN, "tomorrow at 4 pm");
            // each try is claimed before it is made: the text shows its pause once the try's outcome is recorded
            List<Duration> pauses = List.of(Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofMinutes(1),
                    Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(15),
                    Duration.ofMinutes(15), Duration.ofMinutes(15));
            LocalDateTime tried = LocalDateTime.parse("2026-03-03T10:15:15");
            for (int attempt = 1; attempt < 10; attempt++) {
                int attempts = attempt;
                LocalDateTime next = tried.plus(pauses.get(attempt - 1));
                JsonNode waiting = awaitPending(bella, DOWN, text -> text.get("attempts").asInt() == attempts
                        && !text.get("next").isNull() && next.equals(LocalDateTime.parse(text.get("next").asText())));
                assertThat(waiting.get("state").asText()).as("a server error may have taken it").isEqualTo("sending");
                assertThat(waiting.get("errorCode").asInt()).isEqualTo(20500);
                clock.move(pauses.get(attempt - 1));
                tried = tried.plus(pauses.get(attempt - 1));
            }
            JsonNode gaveUp = awaitPending(bella, DOWN, text -> text.get("state").asText().equals("failed"));
            assertThat(gaveUp.get("error").asText()).startsWith("gave up after 10 attempts");
            assertThat(awaitEvent(events, "CA00000000000000000000000000000403", ConfirmationFailed.class)
                    .errorCode()).isEqualTo(20500);
            assertThat(twilio.textsTo(DOWN)).hasSize(10);
            assertThat(twilio.lookupsFor(DOWN)).as("each retry first asks whether the last try was taken")
                    .isEqualTo(9);

            clock.move(Duration.ofDays(1));
            book(bella, "CA00000000000000000000000000000404", "+14165550184", "Friday at 10 am");
            awaitThat(() -> twilio.textsTo("+14165550184").size() == 1);
            // Twilio takes the text a moment before Bella notes it: the note ends its listing
            awaitThat(() -> pending(bella).stream().map(text -> text.get("to").asText()).toList()
                    .equals(List.of(OPTED_OUT, DOWN)));
            assertThat(twilio.textsTo(OPTED_OUT)).as("a refusal is never retried").hasSize(1);
            assertThat(twilio.textsTo(DOWN)).as("a text given up is never retried").hasSize(10);
            String appointments = bella.get("/api/appointments?from=2026-03-01&to=2026-03-31").body();
            assertThat(appointments.split("\"status\":\"booked\"", -1)).as("every booking kept").hasSize(5);
        }
    }

    @Test
    void aDeliveryReportWithoutTwilioSignatureIsRefused() throws Exception {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), twilio.settings(), clock)) {
            HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(bella.base() + "/twilio/sms-status"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Twilio-Signature", "bm90IGEgc2lnbmF0dXJl")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "MessageSid=SM0123456789abcdef0123456789abcdef&MessageStatus=delivered")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(forged.statusCode()).isEqualTo(403);
        }
    }

    private static void book(RunningBella bella, String callSid, String number, String when) {
        TwilioCaller caller = bella.caller(callSid, number);
        caller.dial();
        caller.say("I'd like to book an appointment");
        caller.say(when);
        caller.say("this is Ada Lovelace");
        assertThat(caller.press("1")).contains("You're booked");
    }

    private static JsonNode awaitPending(RunningBella bella, String to, Predicate<JsonNode> shows) {
        return Eventually.awaitFound(() -> pending(bella).stream().filter(each -> each.get("to").asText().equals(to))
                .filter(shows).findFirst(), "the text to " + to + " in " + bella.get("/api/texts/pending").body());
    }

    /** The confirmations the owner sees listed; the reminders, not due in this test, are listed beside them. */
    private static List<JsonNode> pending(RunningBella bella) {
        try {
            List<JsonNode> texts = new ArrayList<>();
            JSON.readTree(bella.get("/api/texts/pending").body()).forEach(text -> {
                if (text.get("purpose").asText().equals("confirmation")) {
                    texts.add(text);
                }
            });
            return texts;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T awaitEvent(EventStore events, String callSid, Class<T> type) {
        String appointment = Appointment.idForCall(callSid);
        return Eventually.awaitFound(() -> events.readEvents(appointment).asStream().map(Message::getPayload)
                .filter(type::isInstance).map(type::cast).findFirst(), type.getSimpleName() + " on " + appointment);
    }
}
