package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The appointment the caller confirmed is booked. */
@Revision("1")
public record BookingCompleted(String callId, String appointmentId, Instant at) implements CallEvent {
}
