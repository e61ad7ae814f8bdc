package bella.domain.call;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Note that the confirmed slot was taken before it could be booked; offer what the diary has instead. */
public record RecordSlotTaken(@TargetAggregateIdentifier String callId, Availability availability, Instant at) {
}
