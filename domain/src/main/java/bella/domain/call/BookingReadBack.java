package bella.domain.call;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Bella read the booking back to the caller for confirmation. */
@Revision("1")
public record BookingReadBack(String callId, Instant start, Instant end, String name, Instant at) implements CallEvent {
}
