package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The phone network reported the call over, with its final status and length. */
@Revision("1")
public record CallEnded(String callId, String status, long durationSeconds, Instant at) implements CallEvent {
}
