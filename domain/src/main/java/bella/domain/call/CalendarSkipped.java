package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The owner's calendar did not answer in time; availability was checked against Bella's own bookings only. */
@Revision("1")
public record CalendarSkipped(String callId, Instant at) implements CallEvent {
}
