package bella.domain.call;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The caller's number has booked before, under this name. */
@Revision("1")
public record CallerRecognized(String callId, String name, Instant at) implements CallEvent {
}
