package bella.domain.booking;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An appointment is booked: who comes, when, for what service (null: the default), and the call that booked it. */
@Revision("1")
public record AppointmentBooked(String appointmentId, Instant start, Instant end, String name, String phone,
                                String callId, String service, Instant at) implements AppointmentEvent {
}
