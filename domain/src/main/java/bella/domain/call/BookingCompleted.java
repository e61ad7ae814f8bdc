package bella.domain.call;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The appointment the caller confirmed is booked. */
@Revision("1")
public record BookingCompleted(String callId, String appointmentId, Instant at) implements CallEvent {
}
