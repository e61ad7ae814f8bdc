package bella.domain.call;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The call ended without serving the caller, and why. */
@Revision("1")
public record CallFailed(String callId, String reason, Instant at) implements CallEvent {
}
