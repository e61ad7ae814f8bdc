package bella.application.messages;

import bella.domain.call.RecordTranscript;
import bella.domain.call.RecordTranscriptionFailure;
import bella.domain.call.TranscriptionFailed.Reason;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Transcribes the messages that are due, one at a time, with no transaction open while it waits on Twilio or the
 * transcription service: fetches the recording into a file, has it transcribed, deletes the file, and records the
 * transcript on the Call. A failure that may pass (an error, a rate limit, a time-out, a recording Twilio is still
 * processing) is tried again after a pause that doubles from {@link #FIRST_PAUSE}; after {@link #TRIES} tries, or at
 * once for a recording too large, the failure is recorded on the Call, and the owner sees the message as failed.
 */
public class Transcriber {

    /** Tries in all: pauses of 15 s, 30 s, 1, 2 and 4 min, so a message is given up about 8 minutes after it came. */
    public static final int TRIES = 6;
    public static final Duration FIRST_PAUSE = Duration.ofSeconds(15);
    private static final int BATCH = 10;
    private static final Logger log = LoggerFactory.getLogger(Transcriber.class);

    private final Messages messages;
    private final Recordings recordings;
    private final SpeechToText speech;
    private final CommandGateway commands;
    private final Path directory;
    private final Clock clock;

    /** @param directory where recordings are kept while they are transcribed, and only then */
    public Transcriber(Messages messages, Recordings recordings, SpeechToText speech, CommandGateway commands,
                       Path directory, Clock clock) {
        this.messages = messages;
        this.recordings = recordings;
        this.speech = speech;
        this.commands = commands;
        this.directory = directory;
        this.clock = clock;
    }

    /** Tries every message now due. */
    public void transcribeDue() {
        for (PendingMessage message : messages.due(clock.instant(), BATCH)) {
            transcribe(message);
        }
    }

    /** Twilio reported the recording's media ready: its message is tried now. */
    public void ready(String recordingSid) {
        messages.readyNow(recordingSid, clock.instant());
    }

    /** Twilio reported that the recording has no media (too short, or silent): there is nothing to transcribe. */
    public void absent(String callSid, String recordingSid, String status) {
        fail(new PendingMessage(callSid, recordingSid, null, TRIES), Reason.RECORDING_NOT_FOUND,
                "Twilio reported the recording " + status);
    }

    private void transcribe(PendingMessage message) {
        Path audio = null;
        try {
            audio = recordings.fetch(message.recordingPath(), directory);
            String words = speech.transcribe(audio);
            commands.sendAndWait(new RecordTranscript(message.callSid(), message.recordingSid(), words,
                    clock.instant()));
        } catch (Recordings.TooLarge tooLarge) {
            fail(message, Reason.RECORDING_TOO_LARGE, tooLarge.getMessage());
        } catch (Recordings.NotFound missing) {
            retryOrFail(message, Reason.RECORDING_NOT_FOUND, missing.getMessage());
        } catch (Recordings.Unavailable unavailable) {
            retryOrFail(message, Reason.RECORDING_UNAVAILABLE, unavailable.getMessage());
        } catch (SpeechToText.Unavailable failed) {
            retryOrFail(message, Reason.SERVICE_FAILED, failed.getMessage());
        } finally {
            delete(audio);
        }
    }

    private void retryOrFail(PendingMessage message, Reason reason, String detail) {
        int tries = message.attempts() + 1;
        if (tries >= TRIES) {
            fail(message, reason, detail);
            return;
        }
        Instant next = clock.instant().plus(FIRST_PAUSE.multipliedBy(1L << (tries - 1)));
        log.info("The message of the call {} is not transcribed yet ({}); try {} of {} at {}", message.callSid(),
                detail, tries + 1, TRIES, next);
        messages.retryAt(message.callSid(), tries, next, detail);
    }

    private void fail(PendingMessage message, Reason reason, String detail) {
        log.warn("The message of the call {} is not transcribed: {} ({})", message.callSid(), reason, detail);
        commands.sendAndWait(new RecordTranscriptionFailure(message.callSid(), message.recordingSid(), reason, detail,
                clock.instant()));
    }

    /** A caller's voice is kept on disk no longer than its transcription takes. */
    private static void delete(Path audio) {
        if (audio == null) {
            return;
        }
        try {
            Files.deleteIfExists(audio);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the recording " + audio, e);
        }
    }
}
