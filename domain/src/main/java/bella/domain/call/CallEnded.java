package bella.domain.call;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The phone network reported the call over, with its final status and length. */
@Revision("1")
public record CallEnded(String callId, String status, long durationSeconds, Instant at) implements CallEvent {
}
