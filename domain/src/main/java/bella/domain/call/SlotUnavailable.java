package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The time the caller asked for (or confirmed) cannot be booked, and why. */
@Revision("1")
public record SlotUnavailable(String callId, Instant start, Instant end, String reason, Instant at)
        implements CallEvent {
}
