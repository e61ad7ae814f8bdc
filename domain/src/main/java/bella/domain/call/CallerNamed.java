package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The caller gave their name. */
@Revision("1")
public record CallerNamed(String callId, String name, Instant at) implements CallEvent {
}
