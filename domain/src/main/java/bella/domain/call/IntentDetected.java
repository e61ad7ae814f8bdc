package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Bella understood what the caller wants from the call. */
@Revision("1")
public record IntentDetected(String callId, String intent, Instant at) implements CallEvent {
}
