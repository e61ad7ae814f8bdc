package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The caller picked which of their bookings to change or cancel. */
@Revision("1")
public record BookingChosen(String callId, String appointmentId, Instant at) implements CallEvent {
}
