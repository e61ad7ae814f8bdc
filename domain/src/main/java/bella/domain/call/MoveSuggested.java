package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The caller, who has upcoming bookings, asked for a time while referring to one of them; Bella asks whether to
 * move it rather than book a second.
 */
@Revision("1")
public record MoveSuggested(String callId, String appointmentId, Instant at) implements CallEvent {
}
