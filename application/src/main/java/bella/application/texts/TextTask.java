package bella.application.texts;

import java.time.Instant;
import java.util.Objects;

/**
 * A text for one appointment change, from the moment it is queued to the moment it is settled.
 *
 * @param purpose     a confirmation of the change, or a reminder of the time it set
 * @param eventId     the booking, move or cancellation it is about: one text of each purpose per change, whatever
 *                    happens
 * @param to          the caller's number (E.164), or null when the appointment has none
 * @param state       where it stands
 * @param attempts    times it was handed to the carrier or looked up
 * @param due         when the worker next takes it
 * @param sendBefore  past this it is no longer worth sending (a reminder, once its appointment has begun), or null
 * @param firstTried  when it was first handed to the carrier, or null: a lost answer is looked up from there
 * @param messageSid  the carrier's id once taken
 * @param errorCode   the carrier's last error code, or null
 * @param lastError   what went wrong last, or null
 * @param delivery    the latest delivery report (queued, sent, delivered, undelivered, failed …), or null
 */
public record TextTask(Purpose purpose, String eventId, String appointmentId, String to, String body, State state,
                       int attempts, Instant due, Instant sendBefore, Instant firstTried, String messageSid,
                       Integer errorCode, String lastError, String delivery) {

    public TextTask {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(due, "due");
    }

    /** Why the caller gets it. */
    public enum Purpose {
        /** Sent at once after a booking, move or cancellation. */
        CONFIRMATION,
        /** Sent a while before the appointment (REMINDER_BEFORE), unless it was moved or cancelled since. */
        REMINDER
    }

    /** Where a text stands. */
    public enum State {
        /** Not yet handed to the carrier, or surely not taken by it. */
        PENDING,
        /** Handed to the carrier with no answer recorded: in flight, or its answer was lost. */
        SENDING,
        /** Taken by the carrier; delivery reports follow. */
        SENT,
        /** Refused, or given up on after repeated failures; recorded on the appointment for the owner. */
        FAILED,
        /** No longer wanted: a reminder of a time since moved or cancelled, or of an appointment already begun. */
        WITHDRAWN
    }
}
