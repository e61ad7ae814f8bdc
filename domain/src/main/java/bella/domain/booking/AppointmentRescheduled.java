package bella.domain.booking;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An appointment moved from one time to another. */
@Revision("1")
public record AppointmentRescheduled(String appointmentId, Instant fromStart, Instant fromEnd, Instant start,
                                     Instant end, String callId, Instant at) implements AppointmentEvent {
}
