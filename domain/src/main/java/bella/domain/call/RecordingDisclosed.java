package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The caller was told, in the greeting, that the call may be recorded: only then may Bella record them. */
@Revision("1")
public record RecordingDisclosed(String callId, Instant at) implements CallEvent {
}
