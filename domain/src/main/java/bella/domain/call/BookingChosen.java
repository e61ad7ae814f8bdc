package bella.domain.call;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The caller picked which of their bookings to change or cancel. */
@Revision("1")
public record BookingChosen(String callId, String appointmentId, Instant at) implements CallEvent {
}
