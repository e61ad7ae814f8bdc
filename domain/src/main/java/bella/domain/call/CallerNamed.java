package bella.domain.call;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The caller gave their name. */
@Revision("1")
public record CallerNamed(String callId, String name, Instant at) implements CallEvent {
}
