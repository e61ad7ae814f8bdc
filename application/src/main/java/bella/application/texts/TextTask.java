package bella.application.texts;

import java.time.Instant;
import java.util.Objects;

/**
 * A confirmation text for one appointment change, from the moment it is queued to the moment it is settled.
 *
 * @param eventId     the booking, move or cancellation it confirms: one text per change, whatever happens
 * @param to          the caller's number (E.164), or null when the appointment has none
 * @param state       where it stands
 * @param attempts    times it was handed to the carrier or looked up
 * @param due         when the worker next takes it
 * @param firstTried  when it was first handed to the carrier, or null: a lost answer is looked up from there
 * @param messageSid  the carrier's id once taken
 * @param errorCode   the carrier's last error code, or null
 * @param lastError   what went wrong last, or null
 * @param delivery    the latest delivery report (queued, sent, delivered, undelivered, failed …), or null
 */
public record TextTask(String eventId, String appointmentId, String to, String body, State state, int attempts,
                       Instant due, Instant firstTried, String messageSid, Integer errorCode, String lastError,
                       String delivery) {

    public TextTask {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(due, "due");
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
        FAILED
    }
}
