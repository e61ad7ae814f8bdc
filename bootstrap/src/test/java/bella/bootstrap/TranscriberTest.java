package bella.bootstrap;

import bella.adapters.speech.WhisperSpeechToText;
import bella.adapters.twilio.TwilioRecordings;
import bella.application.messages.MessageView;
import bella.application.messages.Messages;
import bella.application.messages.PendingMessage;
import bella.application.messages.Transcriber;
import bella.domain.MovableClock;
import bella.domain.call.RecordTranscript;
import bella.domain.call.RecordTranscriptionFailure;
import bella.domain.call.TranscriptionFailed;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transcriber with the real Twilio and Whisper clients against fakes of both: a transcript is recorded once, a
 * failure that may pass is tried again after its pause, and the recording never stays on disk.
 */
class TranscriberTest {

    private static final String CALL = "CA00000000000000000000000000000401";
    private static final String RECORDING = "RE0123456789abcdef0123456789abcdef";

    @TempDir
    Path recordings;

    private final FakeTwilioRecordings twilio = new FakeTwilioRecordings();
    private final FakeWhisper whisper = new FakeWhisper();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-03T15:15:00Z"));
    private final OnePending messages = new OnePending();
    private final List<Object> recorded = new ArrayList<>();
    private Transcriber transcriber;

    @BeforeEach
    void wire() {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        for (Class<?> type : List.of(RecordTranscript.class, RecordTranscriptionFailure.class)) {
            bus.subscribe(type.getName(), command -> recorded.add(command.getPayload()));
        }
        transcriber = new Transcriber(messages,
                new TwilioRecordings(twilio.baseUrl(), FakeTwilioRecordings.ACCOUNT, RunningBella.AUTH_TOKEN),
                new WhisperSpeechToText(whisper.baseUrl(), FakeWhisper.KEY),
                DefaultCommandGateway.builder().commandBus(bus).build(), recordings, clock);
    }

    @AfterEach
    void stop() {
        twilio.close();
        whisper.close();
    }

    @Test
    void aRecordingIsTranscribedAndDeletedFromDisk() {
        twilio.holds(RECORDING);
        whisper.hears("Call me back, please.");

        transcriber.transcribeDue();

        assertThat(recorded).containsExactly(new RecordTranscript(CALL, RECORDING, "Call me back, please.",
                clock.instant()));
        assertThat(recordings).isEmptyDirectory();
    }

    @Test
    void aRateLimitedTryIsRepeatedAfterItsPauseAndTheRecordingIsDeletedEachTime() {
        twilio.holds(RECORDING);
        whisper.fails(429);

        transcriber.transcribeDue();

        assertThat(recorded).isEmpty();
        assertThat(messages.attempts).isEqualTo(1);
        assertThat(messages.next).isEqualTo(clock.instant().plus(Transcriber.FIRST_PAUSE));
        assertThat(recordings).isEmptyDirectory();

        transcriber.transcribeDue();
        assertThat(whisper.requests()).as("not before its pause").isEqualTo(1);

        whisper.hears("At last.");
        clock.move(Transcriber.FIRST_PAUSE);
        transcriber.transcribeDue();
        assertThat(recorded).containsExactly(new RecordTranscript(CALL, RECORDING, "At last.", clock.instant()));
    }

    @Test
    void aRecordingThatStaysMissingIsRecordedAsNotFoundAfterTheLastTry() {
        for (int i = 0; i < Transcriber.TRIES; i++) {
            transcriber.transcribeDue();
            clock.move(Duration.ofHours(1));
        }

        assertThat(recorded).singleElement().isInstanceOfSatisfying(RecordTranscriptionFailure.class,
                failure -> assertThat(failure.reason()).isEqualTo(TranscriptionFailed.Reason.RECORDING_NOT_FOUND));
        assertThat(whisper.requests()).isZero();
    }

    /** One pending message, scheduled as the read model schedules it. */
    private final class OnePending implements Messages {
        int attempts;
        Instant next = Instant.MIN;

        @Override
        public List<PendingMessage> due(Instant now, int limit) {
            boolean settled = !recorded.isEmpty();
            return settled || next.isAfter(now) ? List.of()
                    : List.of(new PendingMessage(CALL, RECORDING, FakeTwilioRecordings.path(RECORDING), attempts));
        }

        @Override
        public void retryAt(String callSid, int tries, Instant at, String error) {
            attempts = tries;
            next = at;
        }

        @Override
        public void recorded(String callSid, String recordingSid, String from, Instant receivedAt,
                             long durationSeconds, String recordingPath) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void transcribed(String callSid, String transcript) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void failed(String callSid, String reason) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<MessageView> between(Instant from, Instant to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void readyNow(String recordingSid, Instant now) {
            next = now;
        }

        @Override
        public void clear() {
            throw new UnsupportedOperationException();
        }
    }
}
