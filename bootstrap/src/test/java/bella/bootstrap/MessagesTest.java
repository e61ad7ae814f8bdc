package bella.bootstrap;

import bella.adapters.speech.WhisperSpeechToText;
import bella.application.messages.Transcriber;
import bella.domain.MovableClock;
import bella.domain.call.CallEvent;
import bella.domain.call.RecordingDisclosed;
import bella.domain.call.RecordingRefused;
import bella.domain.call.TranscriptionFailed;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static bella.bootstrap.Eventually.awaitThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Callers who ask for a person are put through to the owner while the business is open, and otherwise, where calls
 * may be recorded, leave a message: recorded by Twilio, fetched from a fake of Twilio's Recording API, transcribed by
 * a fake of Whisper's endpoint with the real clients, and listed for the owner.
 */
@Execution(ExecutionMode.CONCURRENT)
class MessagesTest {

    private static final String CALLER = "+14165550190";
    private static final String OWNER = "+14165550100";
    private static final String RECORDING = "RE0123456789abcdef0123456789abcdef";
    private static final String LIST = "/api/messages?from=2026-03-01&to=2026-03-31";

    @TempDir
    Path data;

    private final FakeTwilioRecordings twilio = new FakeTwilioRecordings();
    private final FakeWhisper whisper = new FakeWhisper();
    private final MovableClock clock = new MovableClock(OffsetDateTime.parse(RunningBella.MONDAY_MORNING).toInstant());

    @AfterEach
    void stopFakes() {
        twilio.close();
        whisper.close();
    }

    private Map<String, String> recordingOn(String... more) {
        Map<String, String> settings = new HashMap<>(twilio.recordingWith(whisper));
        for (int i = 0; i < more.length; i += 2) {
            settings.put(more[i], more[i + 1]);
        }
        return settings;
    }

    @Test
    void aCallerWhoLeavesAMessageFindsItTranscribedInTheOwnersList() {
        twilio.holds(RECORDING);
        whisper.hears("Hi, this is Ada Lovelace, please call me back about my crown.");
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), recordingOn(), clock)) {
            TwilioCaller caller = bella.caller("CA00000000000000000000000000000301", CALLER);
            assertThat(caller.dial()).contains("This call may be recorded.");

            String offer = caller.say("can I speak to a real person please");
            assertThat(offer).startsWith("I'm sorry, there's no one free to take your call right now. Please leave "
                    + "your name, your number and a short message after the tone");
            assertThat(caller.recorded()).isNotNull();
            assertThat(caller.recorded().getAttribute("maxLength")).isEqualTo("120");
            assertThat(caller.recorded().getAttribute("playBeep")).isEqualTo("true");
            assertThat(caller.recorded().getAttribute("recordingStatusCallback")).isEqualTo("/twilio/recording-status");

            assertThat(caller.leaveMessage(RECORDING, twilio.urlOf(RECORDING), 14))
                    .isEqualTo("Thank you, your message is recorded. Goodbye!");
            assertThat(caller.post("/twilio/recording-status", Map.of("RecordingSid", RECORDING, "RecordingUrl",
                    twilio.urlOf(RECORDING), "RecordingStatus", "completed", "RecordingDuration", "14"))
                    .statusCode()).isEqualTo(204);
            caller.hangUp(40);

            String listed = bella.awaitGet(LIST, body -> body.contains("\"transcribed\""));
            assertThat(listed).isEqualTo("[{\"callSid\":\"CA00000000000000000000000000000301\",\"from\":\"" + CALLER
                    + "\",\"receivedAt\":\"2026-03-03T10:15:00\",\"durationSeconds\":14,\"transcript\":\"Hi, this is "
                    + "Ada Lovelace, please call me back about my crown.\",\"status\":\"transcribed\"}]");
            assertThat(whisper.requests()).isEqualTo(1);
            assertThat(events(bella, "CA00000000000000000000000000000301")).hasAtLeastOneElementOfType(
                    RecordingDisclosed.class);

            assertThat(bella.post("/api/projections/messages/rebuild").statusCode()).isEqualTo(202);
            bella.awaitGet("/api/projections", body -> !body.contains("\"replaying\":true"));
            assertThat(bella.awaitGet(LIST, body -> body.contains("\"transcribed\""))).isEqualTo(listed);
            assertThat(whisper.requests()).as("a rebuild transcribes nothing again").isEqualTo(1);
        }
    }

    @Test
    void aForgottenCallersMessageStaysListedWithoutTheirNumberOrWords() {
        twilio.holds(RECORDING);
        whisper.hears("Hi, this is Ada Lovelace, please call me back.");
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), recordingOn(), clock)) {
            TwilioCaller caller = bella.caller("CA00000000000000000000000000000306", CALLER);
            caller.dial();
            caller.say("can I speak to a real person please");
            caller.leaveMessage(RECORDING, twilio.urlOf(RECORDING), 8);
            caller.hangUp(20);
            bella.awaitGet(LIST, body -> body.contains("\"transcribed\""));

            assertThat(bella.post("/api/customers/" + CALLER + "/forget").statusCode()).isEqualTo(200);

            assertThat(bella.get(LIST).body()).contains("\"from\":\"(forgotten)\"", "\"transcript\":\"(forgotten)\"",
                    "\"durationSeconds\":8").doesNotContain(CALLER, "Lovelace");
            assertThat(bella.post("/api/projections/messages/rebuild").statusCode()).isEqualTo(202);
            bella.awaitGet("/api/projections", body -> !body.contains("\"replaying\":true"));
            assertThat(bella.awaitGet(LIST, body -> body.contains("\"transcribed\""))).contains("(forgotten)")
                    .doesNotContain(CALLER, "Lovelace");
        }
    }

    @Test
    void aForgedRecordingUrlIsRefusedAndNeverFetched() {
        twilio.holds(RECORDING);
        whisper.hears("never asked");
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), recordingOn(), clock)) {
            String callSid = "CA00000000000000000000000000000302";
            TwilioCaller caller = bella.caller(callSid, CALLER);
            caller.dial();
            caller.say("operator");
            String forged = twilio.baseUrl().replace("localhost", "127.0.0.1") + FakeTwilioRecordings.path(RECORDING);
            assertThat(caller.leaveMessage(RECORDING, forged, 9)).contains("Goodbye");

            assertThat(bella.awaitGet(LIST, body -> body.contains("\"failed\""))).contains("\"status\":\"failed\"");
            assertThat(events(bella, callSid)).filteredOn(RecordingRefused.class::isInstance)
                    .singleElement().extracting(event -> ((RecordingRefused) event).recordingUrl()).isEqualTo(forged);
            clock.move(Duration.ofHours(1));
            assertThat(twilio.requests()).isZero();
            assertThat(whisper.requests()).isZero();
        }
    }

    @Test
    void whenTheOwnerDoesNotAnswerTheCallerLeavesAMessage() {
        twilio.holds(RECORDING);
        whisper.hears("It's Grace, I'll be ten minutes late.");
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), recordingOn("OWNER_PHONE", OWNER),
                clock)) {
            TwilioCaller caller = bella.caller("CA00000000000000000000000000000303", CALLER);
            caller.dial();
            assertThat(caller.press("0")).isEqualTo("One moment, I'll put you through.");
            assertThat(caller.dialed().getTextContent()).isEqualTo(OWNER);
            assertThat(caller.dialed().getAttribute("timeout")).isEqualTo("20");
            assertThat(caller.dialed().getAttribute("action")).startsWith("/twilio/dial?turn=");

            assertThat(caller.dialEnds("no-answer")).startsWith("I'm sorry, no one could come to the phone. Please "
                    + "leave your name");
            caller.leaveMessage(RECORDING, twilio.urlOf(RECORDING) + ".mp3", 6);

            assertThat(bella.awaitGet(LIST, body -> body.contains("\"transcribed\"")))
                    .contains("\"transcript\":\"It's Grace, I'll be ten minutes late.\"");
        }
    }

    @Test
    void whenTheOwnerAnswersBellaHasNothingMoreToSay() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), Map.of("OWNER_PHONE", OWNER),
                clock)) {
            TwilioCaller caller = bella.caller("CA00000000000000000000000000000304", CALLER);
            assertThat(caller.dial()).doesNotContain("recorded");
            caller.say("I'd like to talk to someone");
            assertThat(caller.dialEnds("completed")).isEqualTo("Thank you for calling Maple Dental. Goodbye!");
            assertThat(caller.hungUp()).isTrue();
        }
    }

    @Test
    void withoutRecordingNoMessageIsOfferedAndTheCallerMayGoOn() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), Map.of("OWNER_PHONE", OWNER),
                clock)) {
            TwilioCaller caller = bella.caller("CA00000000000000000000000000000305", CALLER);
            caller.dial();
            caller.press("0");
            assertThat(caller.dialEnds("busy")).startsWith("I'm sorry, no one could come to the phone. Is there "
                    + "anything else?");
            assertThat(caller.recorded()).isNull();
            assertThat(caller.say("what are your hours")).startsWith("We're open");
        }
    }

    @Test
    void aTranscriptionServiceThatKeepsFailingLeavesTheMessageListedAsFailed() {
        twilio.holds(RECORDING);
        whisper.fails(500);
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), recordingOn(), clock)) {
            String callSid = "CA00000000000000000000000000000309";
            TwilioCaller caller = bella.caller(callSid, CALLER);
            caller.dial();
            caller.say("let me speak to a human");
            caller.leaveMessage(RECORDING, twilio.urlOf(RECORDING), 5);

            awaitThat(() -> whisper.requests() >= 1);
            assertThat(bella.get(LIST).body()).contains("\"status\":\"pending\"");
            // each try waits for its pause on Bella's clock: moving it on lets the next one through
            awaitThat(() -> {
                clock.move(Duration.ofMinutes(5));
                return bella.get(LIST).body().contains("\"failed\"");
            });
            // six tries, of which the circuit breaker, open after four failures, answers the last ones itself
            assertThat(whisper.requests()).isBetween(WhisperSpeechToText.WINDOW_MINIMUM, Transcriber.TRIES - 1);
            assertThat(events(bella, callSid)).filteredOn(TranscriptionFailed.class::isInstance).singleElement()
                    .extracting(event -> ((TranscriptionFailed) event).reason())
                    .isEqualTo(TranscriptionFailed.Reason.SERVICE_FAILED);
        }
    }

    @Test
    void aRecordingTwilioDoesNotHoldIsRecordedAsNotFound() {
        whisper.hears("never asked");
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), recordingOn(), clock)) {
            String callSid = "CA00000000000000000000000000000307";
            TwilioCaller caller = bella.caller(callSid, CALLER);
            caller.dial();
            caller.say("can I talk to someone");
            caller.leaveMessage(RECORDING, twilio.urlOf(RECORDING), 5);

            awaitThat(() -> {
                clock.move(Duration.ofMinutes(5));
                return bella.get(LIST).body().contains("\"failed\"");
            });
            assertThat(events(bella, callSid)).filteredOn(TranscriptionFailed.class::isInstance).singleElement()
                    .extracting(event -> ((TranscriptionFailed) event).reason())
                    .isEqualTo(TranscriptionFailed.Reason.RECORDING_NOT_FOUND);
            assertThat(whisper.requests()).isZero();
        }
    }

    @Test
    void aCallerBellaCannotUnderstandIsOfferedAMessage() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), recordingOn(), clock)) {
            TwilioCaller caller = bella.caller("CA00000000000000000000000000000308", CALLER);
            caller.dial();
            caller.say("I'd like to book");
            caller.say("blue elephants");
            caller.say("purple giraffes");
            assertThat(caller.say("green monkeys")).startsWith("I'm sorry, I'm having trouble understanding you. "
                    + "Please leave your name");
            assertThat(caller.recorded()).isNotNull();
        }
    }

    private static List<CallEvent> events(RunningBella bella, String callSid) {
        return bella.bean(EventStore.class).readEvents(callSid).asStream().map(Message::getPayload)
                .map(CallEvent.class::cast).toList();
    }
}
