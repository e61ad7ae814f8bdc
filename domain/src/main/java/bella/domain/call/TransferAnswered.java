package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The owner answered the call Bella put through: the caller was served by a person. */
@Revision("1")
public record TransferAnswered(String callId, Instant at) implements CallEvent {
}
