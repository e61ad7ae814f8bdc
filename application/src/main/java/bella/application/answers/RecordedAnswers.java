package bella.application.answers;

import bella.application.messages.Recordings;
import bella.application.messages.SpeechToText;
import bella.domain.call.AnswerNotTranscribed.Reason;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches an answer said again after the tone from Twilio and has it transcribed while the caller waits: at most
 * {@link #BOUND} on Bella's clock, after which the call goes on with what the recogniser heard first. The work runs
 * beside the webhook, holding no transaction; work past the bound is interrupted, and the recording's file is
 * deleted as soon as its transcription is over, whatever became of it.
 * <p>
 * Twilio posts a {@code <Record>}'s action as the recording ends, and may still be processing its media: a 404 is
 * asked again once Twilio reports the media ready ({@link #reported}), or after {@link #NOT_READY_PAUSE} when that
 * report goes to another process.
 */
public class RecordedAnswers {

    /**
     * How long a caller waits after the tone for the better reading. With Bella's own bound on the turn that follows
     * (6 s at most), the webhook answers within 10 s, inside Twilio's 15; a recording of a few seconds is
     * transcribed by OpenAI in one or two.
     */
    public static final Duration BOUND = Duration.ofSeconds(4);
    /** How long a recording Twilio has not finished is left before it is asked for again, when no report comes. */
    static final Duration NOT_READY_PAUSE = Duration.ofMillis(500);
    /** How often the waiting webhook looks at Bella's clock. */
    private static final Duration LOOK = Duration.ofMillis(20);

    private final Recordings recordings;
    private final SpeechToText speech;
    private final Path directory;
    private final ExecutorService workers;
    private final Clock clock;
    private final Map<String, CompletableFuture<String>> reports = new ConcurrentHashMap<>();

    /**
     * @param directory where recordings are kept while they are transcribed, and only then
     * @param workers   where the fetching and transcribing run, beside the webhooks that wait for them
     */
    public RecordedAnswers(Recordings recordings, SpeechToText speech, Path directory, ExecutorService workers,
                           Clock clock) {
        this.recordings = recordings;
        this.speech = speech;
        this.directory = directory;
        this.workers = workers;
        this.clock = clock;
    }

    /**
     * The words of the recording at {@code recordingPath} (a path {@link Recordings#pathOf} accepted), or why there
     * are none: within {@link #BOUND} on Bella's clock.
     */
    public Transcription transcribe(String recordingSid, String recordingPath) {
        Instant until = clock.instant().plus(BOUND);
        CompletableFuture<String> report = reports.computeIfAbsent(recordingSid, sid -> new CompletableFuture<>());
        Future<Transcription> work = workers.submit(() -> fetchAndTranscribe(recordingPath, report));
        try {
            while (clock.instant().isBefore(until)) {
                try {
                    return work.get(LOOK.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException notYet) {
                    // look at the clock again
                }
            }
            if (work.isDone()) {
                return work.get();
            }
            work.cancel(true);
            return Transcription.failed(Reason.TOO_SLOW, "not fetched and transcribed within " + BOUND.toSeconds()
                    + " s");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            work.cancel(true);
            return Transcription.failed(Reason.TOO_SLOW, "interrupted");
        } catch (ExecutionException failed) {
            return Transcription.failed(Reason.RECORDING_UNAVAILABLE, String.valueOf(failed.getCause()));
        } finally {
            reports.remove(recordingSid);
        }
    }

    /**
     * Twilio's report on a recording's media ({@code completed} or {@code absent}); true when an answer waits for
     * it, false when the recording is none of theirs.
     */
    public boolean reported(String recordingSid, String status) {
        CompletableFuture<String> report = reports.get(recordingSid);
        if (report == null) {
            return false;
        }
        report.complete(status);
        return true;
    }

    private Transcription fetchAndTranscribe(String recordingPath, CompletableFuture<String> report)
            throws InterruptedException {
        Path audio = null;
        try {
            audio = fetch(recordingPath, report);
            return Transcription.of(speech.transcribe(audio));
        } catch (Recordings.TooLarge tooLarge) {
            return Transcription.failed(Reason.RECORDING_TOO_LARGE, tooLarge.getMessage());
        } catch (Recordings.NotFound missing) {
            return Transcription.failed(Reason.RECORDING_NOT_FOUND, missing.getMessage());
        } catch (Recordings.Unavailable unavailable) {
            return Transcription.failed(Reason.RECORDING_UNAVAILABLE, unavailable.getMessage());
        } catch (SpeechToText.Unavailable failed) {
            return Transcription.failed(Reason.SERVICE_FAILED, failed.getMessage());
        } finally {
            delete(audio);
        }
    }

    /** The recording, asked for again while Twilio is still processing it, until it reports the media absent. */
    private Path fetch(String recordingPath, CompletableFuture<String> report) throws InterruptedException {
        boolean reportedReady = false;
        while (true) {
            try {
                return recordings.fetch(recordingPath, directory);
            } catch (Recordings.NotFound notYet) {
                if (reportedReady) {
                    throw notYet;
                }
                String status = waitFor(report);
                if ("absent".equals(status)) {
                    throw new Recordings.NotFound("Twilio reported the recording absent");
                }
                reportedReady = status != null;
            }
        }
    }

    private static String waitFor(CompletableFuture<String> report) throws InterruptedException {
        try {
            return report.get(NOT_READY_PAUSE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException noReport) {
            return null;
        }
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
