package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The booking the caller asked to change was cancelled or moved. */
@Revision("2")
public record BookingChanged(String callId, String appointmentId, Change change, Instant at) implements CallEvent {

    /** What became of the caller's booking. Stored by name and grouped by in analytics: never renamed. */
    public enum Change {
        /** The booking was cancelled and its time freed. */
        CANCELLED,
        /** The booking was moved to another time. */
        RESCHEDULED,
        /** A change written by older code in words this version does not know; only upcasting writes it. */
        OTHER
    }
}
