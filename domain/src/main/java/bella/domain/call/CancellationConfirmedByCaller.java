package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The caller said yes to cancelling the booking read back to them. */
@Revision("1")
public record CancellationConfirmedByCaller(String callId, String appointmentId, Instant at) implements CallEvent {
}
