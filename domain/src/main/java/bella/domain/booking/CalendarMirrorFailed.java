package bella.domain.booking;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The owner's calendar refused the appointment's latest change for good; the owner must look at it. */
@Revision("1")
public record CalendarMirrorFailed(String appointmentId, String reason, Instant at) implements AppointmentEvent {
}
