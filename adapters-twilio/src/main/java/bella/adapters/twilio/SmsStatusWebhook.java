package bella.adapters.twilio;

import bella.application.texts.TextOutbox;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Twilio's delivery reports for the texts Bella sent ({@code POST /twilio/sms-status}, signed like every
 * {@code /twilio/} route), recorded on the text's outbox row for the owner to see.
 */
@RestController
class SmsStatusWebhook {

    private static final Logger log = LoggerFactory.getLogger(SmsStatusWebhook.class);
    /** Message SIDs: SM for texts, MM for multimedia, then 32 hexadecimal digits. */
    private static final Pattern MESSAGE_SID = Pattern.compile("(SM|MM)[0-9a-fA-F]{32}");
    private static final Set<String> STATUSES = Set.of("accepted", "scheduled", "canceled", "queued", "sending",
            "sent", "failed", "delivered", "undelivered", "receiving", "received", "read", "partially_delivered",
            "delivery_unknown");

    private final RefusalLog refusals = new RefusalLog(log, Clock.systemUTC());
    private final TextOutbox outbox;

    SmsStatusWebhook(TextOutbox outbox) {
        this.outbox = outbox;
    }

    @PostMapping(path = "/twilio/sms-status", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> status(@RequestParam("MessageSid") String messageSid,
                                  @RequestParam("MessageStatus") String status,
                                  @RequestParam(name = "ErrorCode", required = false) String errorCode,
                                  HttpServletRequest request) {
        if (!MESSAGE_SID.matcher(messageSid).matches()) {
            throw new BadReport("MessageSid must be SM or MM and 32 hexadecimal digits");
        }
        if (!STATUSES.contains(status)) {
            throw new BadReport("MessageStatus is not one Twilio reports");
        }
        if (!outbox.delivered(messageSid, status, code(errorCode))) {
            refusals.refused("a text Bella never sent", messageSid + ", " + request.getRequestURI());
            return plain(HttpStatus.NOT_FOUND, "no text Bella sent has this MessageSid");
        }
        return ResponseEntity.noContent().build();
    }

    private static Integer code(String errorCode) {
        if (errorCode == null || errorCode.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(errorCode.strip());
        } catch (NumberFormatException unreadable) {
            throw new BadReport("ErrorCode must be a whole number");
        }
    }

    @ExceptionHandler({BadReport.class, MissingServletRequestParameterException.class})
    ResponseEntity<String> bad(Exception bad, HttpServletRequest request) {
        refusals.refused("a delivery report no Twilio text would send", bad.getMessage() + ", "
                + request.getRequestURI());
        return plain(HttpStatus.BAD_REQUEST, bad.getMessage());
    }

    private static ResponseEntity<String> plain(HttpStatus status, String reason) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(reason);
    }

    /** A delivery report that no Twilio text would send. */
    static class BadReport extends RuntimeException {
        BadReport(String reason) {
            super(reason);
        }
    }
}
