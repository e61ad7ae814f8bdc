package bella.domain.booking;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An appointment was cancelled; its slot is free again. */
@Revision("1")
public record AppointmentCancelled(String appointmentId, Instant start, Instant end, String callId, Instant at)
        implements AppointmentEvent {
}
