package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The caller said yes to the booking read back to them. */
@Revision("1")
public record BookingConfirmedByCaller(String callId, Instant start, Instant end, String name, String phone, Instant at)
        implements CallEvent {
}
