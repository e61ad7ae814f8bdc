package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The caller asked for a person while one could be reached: Bella rings the owner's phone. */
@Revision("1")
public record TransferStarted(String callId, Instant at) implements CallEvent {
}
