package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The call ended without serving the caller, and why. */
@Revision("1")
public record CallFailed(String callId, String reason, Instant at) implements CallEvent {
}
