package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The caller said yes to moving their booking to the slot read back to them. */
@Revision("1")
public record RescheduleConfirmedByCaller(String callId, String appointmentId, Instant start, Instant end, Instant at)
        implements CallEvent {
}
