package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The booking the caller asked to change was cancelled or moved ({@code change}: CANCELLED or RESCHEDULED). */
@Revision("1")
public record BookingChanged(String callId, String appointmentId, String change, Instant at) implements CallEvent {
}
