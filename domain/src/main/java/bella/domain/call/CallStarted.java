package bella.domain.call;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The phone rang and Bella answered; {@code from} is the caller's number in E.164, or null when withheld. */
@Revision("1")
public record CallStarted(String callId, String from, String to, String zone, Instant at) implements CallEvent {
}
