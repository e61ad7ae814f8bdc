package bella.domain.call;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Note that the cancellation or move the caller confirmed was made. */
public record RecordChange(@TargetAggregateIdentifier String callId, Instant at) {
}
