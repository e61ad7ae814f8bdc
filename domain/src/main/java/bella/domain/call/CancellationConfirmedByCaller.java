package bella.domain.call;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The caller said yes to cancelling the booking read back to them. */
@Revision("1")
public record CancellationConfirmedByCaller(String callId, String appointmentId, Instant at) implements CallEvent {
}
