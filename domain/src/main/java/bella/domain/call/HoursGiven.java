package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Bella told the caller its opening hours. */
@Revision("1")
public record HoursGiven(String callId, Instant at) implements CallEvent {
}
