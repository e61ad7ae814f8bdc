package bella.adapters.twilio;

import bella.application.answers.RecordedAnswers;
import bella.application.answers.Transcription;
import bella.application.conversation.Receptionist;
import bella.application.conversation.TooLongToAnswer;
import bella.application.conversation.UnknownCall;
import bella.application.messages.Recordings;
import bella.application.messages.Transcriber;
import bella.domain.call.AnswerNotTranscribed.Reason;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Twilio's voice webhooks: the call, each gathered answer, and the status callback at its end. */
@RestController
@RequestMapping(path = "/twilio", produces = MediaType.APPLICATION_XML_VALUE)
class VoiceWebhooks {

    private static final Logger log = LoggerFactory.getLogger(VoiceWebhooks.class);
    private static final Pattern SID = Pattern.compile("[A-Za-z0-9]{2,64}");
    private static final int LONGEST_CALL_SECONDS = 86_400;

    private final RefusalLog refusals = new RefusalLog(log, Clock.systemUTC());
    private static final Pattern RECORDING_SID = Pattern.compile("RE[0-9a-fA-F]{32}");
    private static final Set<String> DIAL_STATUSES = Set.of("completed", "answered", "busy", "no-answer", "failed",
            "canceled");
    private static final Set<String> RECORDING_STATUSES = Set.of("in-progress", "completed", "absent", "failed");

    private final Receptionist receptionist;
    private final TwimlReplies replies;
    private final Recordings recordings;
    private final Transcriber transcriber;
    private final RecordedAnswers answers;

    /**
     * @param ownerPhone  OWNER_PHONE, or null
     * @param recordings  where messages' recordings are, or null when calls are not recorded
     * @param transcriber what transcribes them, or null when calls are not recorded
     * @param answers     what transcribes answers said again, or null when calls are not recorded
     */
    VoiceWebhooks(Receptionist receptionist, TwilioVoice voice, String ownerPhone, Recordings recordings,
                  Transcriber transcriber, RecordedAnswers answers) {
        this.receptionist = receptionist;
        this.replies = new TwimlReplies(voice, ownerPhone);
        this.recordings = recordings;
        this.transcriber = transcriber;
        this.answers = answers;
    }

    @PostMapping("/voice")
    String call(@RequestParam("CallSid") String callSid, @RequestParam(name = "From", required = false) String from,
                @RequestParam(name = "To", required = false) String to) {
        return replies.render(receptionist.answer(sid(callSid), from, to));
    }

    /**
     * An answer to turn {@code turn}. Action URLs written before the Call kept what it asked also carry
     * {@code expect}; it is not read, so such calls go on and a forged one changes nothing.
     */
    @PostMapping("/gather")
    String gather(@RequestParam("CallSid") String callSid, @RequestParam("turn") int turn,
                  @RequestParam(name = "SpeechResult", required = false) String speech,
                  @RequestParam(name = "Confidence", required = false) String confidence,
                  @RequestParam(name = "Digits", required = false) String digits) {
        if (turn < 1 || turn > 1_000) {
            throw new BadWebhook("turn must be between 1 and 1000");
        }
        return replies.render(receptionist.hear(sid(callSid), turn, speech, number(confidence), digits));
    }

    /** How the call put through to the owner ended; {@code turn} is what the caller's next answer will carry. */
    @PostMapping("/dial")
    String dialed(@RequestParam("CallSid") String callSid, @RequestParam("turn") int turn,
                  @RequestParam("DialCallStatus") String status) {
        if (turn < 1 || turn > 1_000) {
            throw new BadWebhook("turn must be between 1 and 1000");
        }
        if (!DIAL_STATUSES.contains(status)) {
            throw new BadWebhook("DialCallStatus is not one Twilio reports");
        }
        return replies.render(receptionist.transferred(sid(callSid), turn, status));
    }

    /**
     * The caller's message. Its URL is taken only when it points under Twilio's API for this account; any other is
     * recorded as refused and never fetched. Without recording on, no message was offered and nothing is kept.
     */
    @PostMapping("/recording")
    String recorded(@RequestParam("CallSid") String callSid, @RequestParam("RecordingSid") String recordingSid,
                    @RequestParam("RecordingUrl") String recordingUrl,
                    @RequestParam(name = "RecordingDuration", defaultValue = "0") String duration) {
        String call = sid(callSid);
        String recording = recording(recordingSid);
        String path = recordings == null ? null : recordings.pathOf(recordingUrl).orElse(null);
        if (path == null && recordings != null) {
            log.warn("A recording URL not under Twilio's API was refused and will not be fetched (call {})", call);
        }
        return replies.render(receptionist.recorded(call, recording, seconds(duration), path, recordingUrl));
    }

    /**
     * An answer Bella asked to hear again, said after the tone; without a recording when the caller said nothing.
     * The recording is fetched only from under Twilio's API for this account, and transcribed within a bound; any
     * other URL is recorded as refused and never fetched, and the call goes on with what was heard first.
     */
    @PostMapping("/answer-recording")
    String answerRecorded(@RequestParam("CallSid") String callSid, @RequestParam("turn") int turn,
                          @RequestParam(name = "RecordingSid", required = false) String recordingSid,
                          @RequestParam(name = "RecordingUrl", required = false) String recordingUrl,
                          @RequestParam(name = "RecordingDuration", defaultValue = "0") String duration) {
        if (turn < 1 || turn > 1_000) {
            throw new BadWebhook("turn must be between 1 and 1000");
        }
        String call = sid(callSid);
        if (recordingSid == null) {
            return replies.render(receptionist.heardAgain(call, turn, null, 0,
                    Transcription.failed(Reason.NOT_RECORDED, "Twilio recorded nothing")));
        }
        String recording = recording(recordingSid);
        String path = recordings == null || answers == null || recordingUrl == null ? null
                : recordings.pathOf(recordingUrl).orElse(null);
        Transcription transcription;
        if (path == null) {
            if (answers != null) {
                log.warn("A recording URL not under Twilio's API was refused and will not be fetched (call {})",
                        call);
            }
            transcription = Transcription.failed(Reason.RECORDING_URL_REFUSED,
                    recordingUrl == null ? "" : recordingUrl);
        } else {
            transcription = answers.transcribe(recording, path);
        }
        return replies.render(receptionist.heardAgain(call, turn, recording, seconds(duration), transcription));
    }

    /** Twilio's word that a recording's media is ready, or that there is none. */
    @PostMapping(path = "/recording-status", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<Void> recordingStatus(@RequestParam("CallSid") String callSid,
                                         @RequestParam("RecordingSid") String recordingSid,
                                         @RequestParam("RecordingStatus") String status) {
        if (!RECORDING_STATUSES.contains(status)) {
            throw new BadWebhook("RecordingStatus is not one Twilio reports");
        }
        String recording = recording(recordingSid);
        if (answers != null && answers.reported(recording, status)) {
            return ResponseEntity.noContent().build(); // an answer said again, which a webhook waits for
        }
        if (transcriber != null && status.equals("completed")) {
            transcriber.ready(recording);
        } else if (transcriber != null && !status.equals("in-progress")) {
            transcriber.absent(sid(callSid), recording, status);
        }
        return ResponseEntity.noContent().build();
    }

    private static String recording(String recordingSid) {
        if (!RECORDING_SID.matcher(recordingSid).matches()) {
            throw new BadWebhook("RecordingSid must be RE and 32 hexadecimal digits");
        }
        return recordingSid;
    }

    @PostMapping(path = "/status", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<Void> status(@RequestParam("CallSid") String callSid,
                                @RequestParam(name = "CallStatus", defaultValue = "completed") String status,
                                @RequestParam(name = "CallDuration", defaultValue = "0") String duration) {
        String known = status.length() > 32 ? status.substring(0, 32) : status;
        receptionist.end(sid(callSid), known, seconds(duration));
        return ResponseEntity.noContent().build();
    }

    private static String sid(String callSid) {
        if (!SID.matcher(callSid).matches()) {
            throw new BadWebhook("CallSid must be 2 to 64 letters and digits");
        }
        return callSid;
    }

    private static Double number(String confidence) {
        try {
            return confidence == null || confidence.isBlank() ? null : Double.valueOf(confidence);
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    private static long seconds(String duration) {
        try {
            long seconds = Long.parseLong(duration.strip());
            return Math.max(0, Math.min(seconds, LONGEST_CALL_SECONDS));
        } catch (NumberFormatException unreadable) {
            throw new BadWebhook("CallDuration must be a whole number of seconds");
        }
    }

    /**
     * Bella could not answer in time and recorded nothing: the caller hears an apology and, on the call webhook, the
     * call is placed again; on an answer, the same question is asked again under the same turn, so their next answer
     * is taken (and, should the work have been recorded after all, recognised as a repeat).
     */
    @ExceptionHandler(TooLongToAnswer.class)
    ResponseEntity<String> late(TooLongToAnswer late, HttpServletRequest request) {
        log.warn("{}; nothing of it is recorded, and the caller hears an apology and is asked again",
                late.getMessage());
        // The turn was read (and trimmed) as the answer reached the receptionist: the same turn goes back.
        String turn = request.getParameter("turn");
        String twiml = turn == null ? replies.holdOn() : replies.askAgain(Integer.parseInt(turn.strip()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(twiml);
    }

    @ExceptionHandler(UnknownCall.class)
    ResponseEntity<String> unknown(UnknownCall unknown, HttpServletRequest request) {
        refusals.refused("a call Bella never answered", unknown.getMessage() + ", " + request.getRequestURI());
        return plain(HttpStatus.NOT_FOUND, "no such call was answered here");
    }

    @ExceptionHandler({BadWebhook.class, MissingServletRequestParameterException.class,
            MethodArgumentTypeMismatchException.class})
    ResponseEntity<String> bad(Exception bad, HttpServletRequest request) {
        String reason = bad instanceof MethodArgumentTypeMismatchException mismatch
                ? "parameter " + mismatch.getName() + " has an unusable value" : bad.getMessage();
        refusals.refused("a request no Twilio call would send", reason + ", " + request.getRequestURI());
        return plain(HttpStatus.BAD_REQUEST, reason);
    }

    /**
     * A caller hears an apology rather than Twilio's "application error" whatever went wrong here. A database that
     * fails says why in one line, which repeats for every webhook while it lasts; anything else is a fault of
     * Bella's, logged with its stack trace.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<String> failed(Exception failure, HttpServletRequest request) {
        Optional<SQLException> database = databaseCause(failure);
        if (database.isPresent()) {
            log.error("A webhook failed on the database; the caller hears an apology ({}: {})",
                    request.getRequestURI(), oneLine(database.get().getMessage()));
        } else {
            log.error("A webhook failed; the caller hears an apology", failure);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(replies.apology());
    }

    private static Optional<SQLException> databaseCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    private static String oneLine(String message) {
        return String.valueOf(message).replaceAll("\\s+", " ").strip();
    }

    private static ResponseEntity<String> plain(HttpStatus status, String reason) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(reason);
    }

    /** A webhook request that no Twilio call would send. */
    static class BadWebhook extends RuntimeException {
        BadWebhook(String reason) {
            super(reason);
        }
    }
}
