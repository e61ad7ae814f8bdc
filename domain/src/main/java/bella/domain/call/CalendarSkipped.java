package bella.domain.call;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The owner's calendar did not answer in time; availability was checked against Bella's own bookings only. */
@Revision("1")
public record CalendarSkipped(String callId, Instant at) implements CallEvent {
}
