package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The caller said no to what Bella offered or read back, at the given stage. */
@Revision("1")
public record CallerDeclined(String callId, String stage, Instant at) implements CallEvent {
}
