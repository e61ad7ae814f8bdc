package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Bella read the booking back to the caller for confirmation. */
@Revision("1")
public record BookingReadBack(String callId, Instant start, Instant end, String name, Instant at) implements CallEvent {
}
