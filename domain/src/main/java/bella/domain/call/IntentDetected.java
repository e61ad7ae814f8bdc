package bella.domain.call;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Bella understood what the caller wants from the call. */
@Revision("1")
public record IntentDetected(String callId, String intent, Instant at) implements CallEvent {
}
