package bella.domain.call;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * Note that the confirmed slot could not be reserved after all: {@code availability} says why (taken, or kept free
 * as the buffer around a booking made meanwhile) and what the diary has instead.
 */
public record RecordSlotTaken(@TargetAggregateIdentifier String callId, Availability availability, Instant at) {

    public RecordSlotTaken {
        Objects.requireNonNull(Objects.requireNonNull(availability, "availability").refusal(), "the refusal");
    }
}
