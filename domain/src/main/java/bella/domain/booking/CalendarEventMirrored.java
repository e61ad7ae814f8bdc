package bella.domain.booking;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The owner's calendar shows the appointment as it now stands (booked, moved or removed). */
@Revision("1")
public record CalendarEventMirrored(String appointmentId, Instant at) implements AppointmentEvent {
}
