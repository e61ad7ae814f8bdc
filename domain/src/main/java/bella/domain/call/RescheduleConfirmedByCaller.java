package bella.domain.call;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The caller said yes to moving their booking to the slot read back to them. */
@Revision("1")
public record RescheduleConfirmedByCaller(String callId, String appointmentId, Instant start, Instant end, Instant at) implements CallEvent {
}
