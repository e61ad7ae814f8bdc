package bella.domain.call;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The phone network says the call is over. */
public record EndCall(@TargetAggregateIdentifier String callId, String status, long durationSeconds, Instant at) {
}
