package bella.domain.booking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Free the slot an appointment holds on the day's schedule, because it was cancelled or moved to another day. */
public record ReleaseSlot(@TargetAggregateIdentifier String scheduleId, String appointmentId, Instant at) {
}
