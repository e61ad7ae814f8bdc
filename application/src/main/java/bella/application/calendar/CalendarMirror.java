package bella.application.calendar;

import bella.application.availability.Calendar;
import bella.domain.booking.RecordCalendarMirror;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Writes queued appointment changes to the owner's calendar, outside any database transaction. A passing failure
 * (timeout, rate limit, server error) is retried with a pause that doubles up to five minutes, so a calendar
 * outage delays the mirror but loses nothing; a refusal that would recur is kept for the owner and recorded on
 * the appointment.
 */
public class CalendarMirror {

    private static final Logger log = LoggerFactory.getLogger(CalendarMirror.class);
    static final Duration FIRST_PAUSE = Duration.ofSeconds(2);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(5);
    /** A refusal's reason is kept for the owner to read, not a whole error page. */
    private static final int LONGEST_REASON = 500;

    private final CalendarOutbox outbox;
    private final CalendarEvents events;
    private final Calendar calendar;
    private final CommandGateway commands;
    private final Clock clock;

    public CalendarMirror(CalendarOutbox outbox, CalendarEvents events, Calendar calendar, CommandGateway commands,
                          Clock clock) {
        this.outbox = outbox;
        this.events = events;
        this.calendar = calendar;
        this.commands = commands;
        this.clock = clock;
    }

    /** Writes every task that is due now; returns how many it settled (written or refused for good). */
    public int writeDue() {
        int settled = 0;
        Optional<MirrorTask> next = outbox.nextDue(clock.instant());
        while (next.isPresent()) {
            if (write(next.get())) {
                settled++;
            }
            next = outbox.nextDue(clock.instant());
        }
        return settled;
    }

    private boolean write(MirrorTask task) {
        try {
            if (task.removes()) {
                events.remove(task.appointmentId());
            } else {
                events.put(task.entry());
            }
        } catch (CalendarEvents.MirrorFailed failed) {
            String reason = reason(failed);
            if (failed.retryable()) {
                outbox.retryAt(task, clock.instant().plus(pause(task.attempts())), reason);
                log.warn("The owner's calendar did not take appointment {} ({}); retrying later",
                        task.appointmentId(), reason);
                return false;
            }
            outbox.failed(task, reason);
            commands.sendAndWait(new RecordCalendarMirror(task.appointmentId(), reason, clock.instant()));
            return true;
        }
        outbox.done(task);
        calendar.forget();
        commands.sendAndWait(new RecordCalendarMirror(task.appointmentId(), null, clock.instant()));
        return true;
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
