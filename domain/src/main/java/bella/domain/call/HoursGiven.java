package bella.domain.call;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Bella told the caller its opening hours. */
@Revision("1")
public record HoursGiven(String callId, Instant at) implements CallEvent {
}
