package bella.domain.booking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/** Hold a slot of the day's schedule for an appointment, unless it overlaps one already held. */
public record ReserveSlot(@TargetAggregateIdentifier String scheduleId, String appointmentId, Slot slot, Instant at) {

    public ReserveSlot {
        Objects.requireNonNull(scheduleId, "scheduleId");
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(at, "at");
    }
}
