package bella.bootstrap;

import bella.application.answers.RecordedAnswers;
import bella.domain.MovableClock;
import bella.domain.call.AnswerDoubted;
import bella.domain.call.AnswerNotTranscribed;
import bella.domain.call.AnswerNotTranscribed.Reason;
import bella.domain.call.AnswerRecorded;
import bella.domain.call.AnswerTranscribed;
import bella.domain.call.CallEvent;
import bella.domain.call.UtteranceHeard;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static bella.bootstrap.Eventually.awaitThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caller's name heard faintly, where calls may be recorded, is asked for once more after the tone: whole calls
 * through signed webhooks, the recording fetched from a fake of Twilio's Recording API and transcribed by a fake of
 * Whisper's endpoint with the real clients. The transcription is used when it comes within the bound on Bella's
 * clock; past it, or on any failure, the call goes on with what Twilio heard first.
 */
@Execution(ExecutionMode.CONCURRENT)
class NamesHeardAgainTest {

    private static final String CALLER = "+14165550191";
    private static final String RECORDING = "RE00000000000000000000000000000abc";
    private static final String HEARD_FIRST = "Sean O'Bree";
    private static final String TRANSCRIBED = "Shawn O'Brien";

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

    private RunningBella recordingOn() {
        return RunningBella.start(data.resolve("bella.db"), twilio.recordingWith(whisper), clock);
    }

    /** Books up to the name, which the recogniser hears faintly; returns what Bella says to it. */
    private static String namesFaintly(TwilioCaller caller) {
        caller.dial();
        caller.say("I'd like to book an appointment");
        assertThat(caller.say("Thursday at 2 pm")).endsWith("May I have your name, please?");
        return caller.say(HEARD_FIRST, 0.34);
    }

    @Test
    void aNameTranscribedInTimeIsTheOneReadBackAndBooked() {
        twilio.holds(RECORDING);
        whisper.hears("It's " + TRANSCRIBED + ".");
        try (RunningBella bella = recordingOn()) {
            String callSid = "CA00000000000000000000000000000501";
            TwilioCaller caller = bella.caller(callSid, CALLER);
            assertThat(namesFaintly(caller))
                    .isEqualTo("Sorry, I didn't quite catch your name. Please say it once more after the tone.");
            assertThat(caller.recorded().getAttribute("action")).isEqualTo("/twilio/answer-recording?turn=3");
            assertThat(caller.recorded().getAttribute("maxLength")).isEqualTo("15");
            assertThat(caller.recorded().getAttribute("timeout")).isEqualTo("3");
            assertThat(caller.recorded().getAttribute("finishOnKey")).isEqualTo("#");
            assertThat(caller.recorded().getAttribute("playBeep")).isEqualTo("true");
            assertThat(caller.recorded().getAttribute("trim")).isEqualTo("trim-silence");

            assertThat(caller.sayAgain(RECORDING, twilio.urlOf(RECORDING), 3)).startsWith("So that's " + TRANSCRIBED);
            assertThat(caller.press("1")).startsWith("You're booked");

            assertThat(bella.awaitGet("/api/appointments?from=2026-03-01&to=2026-03-31",
                    body -> body.contains(TRANSCRIBED))).contains(TRANSCRIBED).doesNotContain(HEARD_FIRST);
            assertThat(whisper.requests()).isEqualTo(1);
            List<CallEvent> events = events(bella, callSid);
            assertThat(events).filteredOn(AnswerDoubted.class::isInstance).singleElement()
                    .isEqualTo(new AnswerDoubted(callSid, 3, HEARD_FIRST, 0.34, "NAME",
                            ((AnswerDoubted) events.stream().filter(AnswerDoubted.class::isInstance).findFirst()
                                    .orElseThrow()).at()));
            assertThat(events).filteredOn(AnswerRecorded.class::isInstance).singleElement()
                    .extracting(event -> ((AnswerRecorded) event).recordingSid()).isEqualTo(RECORDING);
            assertThat(events).filteredOn(AnswerTranscribed.class::isInstance).singleElement()
                    .satisfies(event -> assertThat(((AnswerTranscribed) event).used()).isTrue());
            assertThat(events).filteredOn(UtteranceHeard.class::isInstance)
                    .map(event -> ((UtteranceHeard) event).channel()).containsExactly("SPEECH", "SPEECH",
                            "RECORDING", "KEYPAD");
            assertThat(rerun(bella, callSid)).as("a re-run hears the name as the call did")
                    .contains("\"firstDifference\":null");
        }
    }

    @Test
    void aWhisperTooSlowLeavesTheNameTwilioHeard() throws Exception {
        twilio.holds(RECORDING);
        whisper.hangs();
        try (RunningBella bella = recordingOn()) {
            String callSid = "CA00000000000000000000000000000502";
            TwilioCaller caller = bella.caller(callSid, CALLER);
            namesFaintly(caller);
            CompletableFuture<String> said = CompletableFuture.supplyAsync(
                    () -> caller.sayAgain(RECORDING, twilio.urlOf(RECORDING), 3));
            awaitThat(() -> whisper.requests() >= 1);
            assertThat(said).isNotDone();
            clock.move(RecordedAnswers.BOUND.plusSeconds(1));

            assertThat(said.get(RunningBella.PATIENCE.toSeconds(), TimeUnit.SECONDS))
                    .startsWith("So that's " + HEARD_FIRST);
            assertThat(reason(bella, callSid)).isEqualTo(Reason.TOO_SLOW);
            assertThat(caller.press("1")).startsWith("You're booked");
            assertThat(rerun(bella, callSid)).as("a re-run goes on with the name as first heard")
                    .contains("\"firstDifference\":null");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 429, 200})
    void aWhisperThatFailsOrAnswersGarbageLeavesTheNameTwilioHeard(int status) {
        twilio.holds(RECORDING);
        if (status == 200) {
            whisper.answersGarbage();
        } else {
            whisper.fails(status);
        }
        try (RunningBella bella = recordingOn()) {
            String callSid = "CA00000000000000000000000000000" + status;
            TwilioCaller caller = bella.caller(callSid, CALLER);
            namesFaintly(caller);
            assertThat(caller.sayAgain(RECORDING, twilio.urlOf(RECORDING), 3)).startsWith("So that's " + HEARD_FIRST);
            assertThat(reason(bella, callSid)).isEqualTo(Reason.SERVICE_FAILED);
            assertThat(whisper.requests()).isEqualTo(1);
        }
    }

    @Test
    void aTranscriptionThatIsNoNameLeavesTheNameTwilioHeard() {
        twilio.holds(RECORDING);
        whisper.hears("");
        try (RunningBella bella = recordingOn()) {
            String callSid = "CA00000000000000000000000000000503";
            TwilioCaller caller = bella.caller(callSid, CALLER);
            namesFaintly(caller);
            assertThat(caller.sayAgain(RECORDING, twilio.urlOf(RECORDING), 3)).startsWith("So that's " + HEARD_FIRST);
            assertThat(events(bella, callSid)).filteredOn(AnswerTranscribed.class::isInstance).singleElement()
                    .satisfies(event -> assertThat(((AnswerTranscribed) event).used()).isFalse());
        }
    }

    @Test
    void aRecordingTwilioReportsAbsentLeavesTheNameTwilioHeard() throws Exception {
        whisper.hears(TRANSCRIBED);
        try (RunningBella bella = recordingOn()) {
            String callSid = "CA00000000000000000000000000000504";
            TwilioCaller caller = bella.caller(callSid, CALLER);
            namesFaintly(caller);
            CompletableFuture<String> said = CompletableFuture.supplyAsync(
                    () -> caller.sayAgain(RECORDING, twilio.urlOf(RECORDING), 3));
            awaitThat(() -> twilio.requests() >= 1);
            assertThat(caller.post("/twilio/recording-status", Map.of("RecordingSid", RECORDING, "RecordingUrl",
                    twilio.urlOf(RECORDING), "RecordingStatus", "absent")).statusCode()).isEqualTo(204);

            assertThat(said.get(RunningBella.PATIENCE.toSeconds(), TimeUnit.SECONDS))
                    .startsWith("So that's " + HEARD_FIRST);
            assertThat(reason(bella, callSid)).isEqualTo(Reason.RECORDING_NOT_FOUND);
            assertThat(whisper.requests()).isZero();
        }
    }

    @Test
    void aRecordingReportedReadyAfterA404IsFetchedAgainAndTranscribed() throws Exception {
        whisper.hears(TRANSCRIBED);
        try (RunningBella bella = recordingOn()) {
            String callSid = "CA00000000000000000000000000000505";
            TwilioCaller caller = bella.caller(callSid, CALLER);
            namesFaintly(caller);
            CompletableFuture<String> said = CompletableFuture.supplyAsync(
                    () -> caller.sayAgain(RECORDING, twilio.urlOf(RECORDING), 3));
            awaitThat(() -> twilio.requests() >= 1);
            twilio.holds(RECORDING);
            caller.post("/twilio/recording-status", Map.of("RecordingSid", RECORDING, "RecordingUrl",
                    twilio.urlOf(RECORDING), "RecordingStatus", "completed"));

            assertThat(said.get(RunningBella.PATIENCE.toSeconds(), TimeUnit.SECONDS))
                    .startsWith("So that's " + TRANSCRIBED);
        }
    }

    @Test
    void aForgedRecordingUrlIsRefusedNeverFetchedAndTheNameTwilioHeardStands() {
        twilio.holds(RECORDING);
        whisper.hears(TRANSCRIBED);
        try (RunningBella bella = recordingOn()) {
            String callSid = "CA00000000000000000000000000000506";
            TwilioCaller caller = bella.caller(callSid, CALLER);
            namesFaintly(caller);
            String forged = twilio.baseUrl().replace("localhost", "127.0.0.1") + FakeTwilioRecordings.path(RECORDING);

            assertThat(caller.sayAgain(RECORDING, forged, 3)).startsWith("So that's " + HEARD_FIRST);
            assertThat(events(bella, callSid)).filteredOn(AnswerNotTranscribed.class::isInstance).singleElement()
                    .satisfies(event -> {
                        assertThat(((AnswerNotTranscribed) event).reason()).isEqualTo(Reason.RECORDING_URL_REFUSED);
                        assertThat(((AnswerNotTranscribed) event).detail()).isEqualTo(forged);
                    });
            assertThat(twilio.requests()).isZero();
            assertThat(whisper.requests()).isZero();
        }
    }

    @Test
    void aCallerWhoSaysNothingAfterTheToneGoesOnWithTheNameTwilioHeard() {
        try (RunningBella bella = recordingOn()) {
            String callSid = "CA00000000000000000000000000000507";
            TwilioCaller caller = bella.caller(callSid, CALLER);
            namesFaintly(caller);
            // Twilio skips the action of an empty recording and runs the verb after it
            assertThat(caller.stayQuiet()).startsWith("So that's " + HEARD_FIRST);
            assertThat(reason(bella, callSid)).isEqualTo(Reason.NOT_RECORDED);
            assertThat(twilio.requests()).isZero();
        }
    }

    @Test
    void withoutRecordingNothingIsRecordedAndTheNameTwilioHeardIsTaken() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), Map.of(), clock)) {
            String callSid = "CA00000000000000000000000000000508";
            TwilioCaller caller = bella.caller(callSid, CALLER);
            assertThat(namesFaintly(caller)).startsWith("So that's " + HEARD_FIRST);
            assertThat(caller.recorded()).isNull();
            assertThat(events(bella, callSid)).noneMatch(event -> event instanceof AnswerDoubted);
            assertThat(twilio.requests()).isZero();
            assertThat(whisper.requests()).isZero();
        }
    }

    private static String rerun(RunningBella bella, String callSid) {
        var response = bella.post("/api/calls/" + callSid + "/rerun");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static Reason reason(RunningBella bella, String callSid) {
        return events(bella, callSid).stream().filter(AnswerNotTranscribed.class::isInstance)
                .map(event -> ((AnswerNotTranscribed) event).reason()).findFirst().orElseThrow();
    }

    private static List<CallEvent> events(RunningBella bella, String callSid) {
        return bella.bean(EventStore.class).readEvents(callSid).asStream().map(Message::getPayload)
                .map(CallEvent.class::cast).toList();
    }
}
