package bella.domain.call;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Note that the booking the caller confirmed was made. */
public record RecordBooking(@TargetAggregateIdentifier String callId, String appointmentId, Instant at) {
}
