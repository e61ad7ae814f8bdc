package bella.application.texts;

import bella.domain.booking.RecordConfirmation;
import bella.domain.booking.RecordReminder;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sends queued texts as they fall due (confirmations at once, reminders ahead of their appointment), outside any
 * database transaction, and records each outcome on its appointment.
 *
 * <p>Exactly one text per change: a text is marked {@link TextTask.State#SENDING} before it is handed to the
 * carrier, and one found still marked so (the worker stopped, or the answer was lost to a timeout or a server
 * error) is first looked up at the carrier, by number, body and time, and only sent again when the carrier has no
 * such message. The outcome is recorded on the appointment before the outbox, and the appointment ignores an
 * outcome it already has, so stopping between the two records nothing twice.
 *
 * <p>A rate limit, a server error or a timeout is retried after a pause that doubles from 15 seconds to 15 minutes;
 * after {@value #MOST_ATTEMPTS} attempts (about an hour) the text is given up and recorded as failed. A refusal (an
 * invalid or opted-out number) is recorded at once and never retried. A reminder still unsent when its appointment
 * begins is withdrawn.
 */
public class TextSender {

    private static final Logger log = LoggerFactory.getLogger(TextSender.class);
    static final Duration FIRST_PAUSE = Duration.ofSeconds(15);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(15);
    static final int MOST_ATTEMPTS = 10;
    /**
     * How long a claimed text is left to its worker before another takes it as interrupted: far longer than one
     * exchange with the carrier can last (its connect and answer time-outs).
     */
    static final Duration LEASE = Duration.ofMinutes(5);
    /** A carrier's reason is kept for the owner to read, not a whole error page. */
    private static final int LONGEST_REASON = 500;
    /** Seven digits or more, perhaps after a "+" and with the spaces, dots, dashes and brackets people write. */
    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+?\\d[\\d\\s().-]{5,}\\d");

    private final TextOutbox outbox;
    private final TextMessages messages;
    private final CommandGateway commands;
    private final Clock clock;

    public TextSender(TextOutbox outbox, TextMessages messages, CommandGateway commands, Clock clock) {
        this.outbox = outbox;
        this.messages = messages;
        this.commands = commands;
        this.clock = clock;
    }

    /** Sends every text that is due now; returns how many it settled (sent, or failed for good). */
    public int sendDue() {
        int settled = 0;
        Optional<TextTask> next = claim();
        while (next.isPresent()) {
            if (send(next.get())) {
                settled++;
            }
            next = claim();
        }
        return settled;
    }

    private Optional<TextTask> claim() {
        Instant now = clock.instant();
        return outbox.claimNext(now, now.plus(LEASE));
    }

    private boolean send(TextTask task) {
        if (task.sendBefore() != null && !clock.instant().isBefore(task.sendBefore())) {
            log.info("The reminder for appointment {} is withdrawn: the appointment began before it could be sent",
                    task.appointmentId());
            outbox.withdrawn(task, "the appointment began before it could be sent");
            return true;
        }
        if (task.to() == null || task.to().isBlank()) {
            fail(task, null, "the appointment has no number to text");
            return true;
        }
        boolean mayBeTaken = task.state() == TextTask.State.SENDING;
        try {
            if (mayBeTaken) {
                Optional<String> taken = messages.alreadySent(task.to(), task.body(), task.firstTried());
                if (taken.isPresent()) {
                    log.info("The text for {} was taken before Bella could note it ({}); not sending it again",
                            task.eventId(), taken.get());
                    sent(task, taken.get());
                    return true;
                }
                mayBeTaken = false;
            }
            sent(task, messages.send(task.to(), task.body()));
            return true;
        } catch (TextMessages.SendFailed failed) {
            String reason = reason(failed);
            if (failed.outcome() == TextMessages.Outcome.REFUSED) {
                fail(task, failed.code(), reason);
                return true;
            }
            mayBeTaken = mayBeTaken || failed.outcome() == TextMessages.Outcome.UNKNOWN;
            int attempts = task.attempts() + 1;
            if (attempts >= MOST_ATTEMPTS) {
                fail(task, failed.code(), "gave up after " + attempts + " attempts"
                        + (mayBeTaken ? " (the last may have reached the caller)" : "") + ": " + reason);
                return true;
            }
            outbox.retryAt(task, clock.instant().plus(pause(task.attempts())), mayBeTaken, failed.code(), reason);
            log.warn("The text for appointment {} was not sent ({}); retrying later", task.appointmentId(),
                    withoutNumbers(reason));
            return false;
        }
    }

    /**
     * The carrier's reason as the log may show it: carriers name the number they refused ("The 'To' number
     * +14165550134 is not a valid phone number"), and a caller's number is kept out of the log. The owner reads the
     * whole reason on their pages.
     */
    static String withoutNumbers(String reason) {
        return PHONE_NUMBER.matcher(reason).replaceAll("(a number)");
    }

    private void sent(TextTask task, String messageSid) {
        Instant now = clock.instant();
        commands.sendAndWait(task.purpose() == TextTask.Purpose.REMINDER
                ? RecordReminder.sent(task.appointmentId(), task.eventId(), messageSid, now)
                : RecordConfirmation.sent(task.appointmentId(), task.eventId(), messageSid, now));
        outbox.sent(task, messageSid);
    }

    private void fail(TextTask task, Integer code, String reason) {
        log.warn("The text for appointment {} was not sent and will not be: {}{}", task.appointmentId(),
                withoutNumbers(reason),
                code == null ? "" : " (Twilio error " + code + ")");
        Instant now = clock.instant();
        commands.sendAndWait(task.purpose() == TextTask.Purpose.REMINDER
                ? RecordReminder.failed(task.appointmentId(), task.eventId(), code, reason, now)
                : RecordConfirmation.failed(task.appointmentId(), task.eventId(), code, reason, now));
        outbox.failed(task, code, reason);
    }

    static Duration pause(int attempts) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(attempts, 20));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    private static String reason(Exception failure) {
        String reason = String.valueOf(failure.getMessage());
        return reason.length() > LONGEST_REASON ? reason.substring(0, LONGEST_REASON) : reason;
    }
}
