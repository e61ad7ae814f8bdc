package bella.domain.booking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Cancel an appointment at the caller's request, during the given call. */
public record CancelAppointment(@TargetAggregateIdentifier String appointmentId, String callId, Instant at) {
}
