package bella.domain.booking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Hold a slot of the day's schedule for an appointment, unless it, or the buffer kept around it, overlaps another
 * appointment. An appointment that already holds another slot that day moves to the new one.
 *
 * @param buffer time kept free before and after every appointment
 */
public record ReserveSlot(@TargetAggregateIdentifier String scheduleId, String appointmentId, Slot slot,
                          Duration buffer, Instant at) {

    public ReserveSlot {
        Objects.requireNonNull(scheduleId, "scheduleId");
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(at, "at");
        if (buffer == null || buffer.isNegative()) {
            throw new IllegalArgumentException("a buffer is zero or more: " + buffer);
        }
    }
}
