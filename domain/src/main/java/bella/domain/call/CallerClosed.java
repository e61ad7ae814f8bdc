package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The caller closed the conversation ("thanks, that's all", "great, bye") at the given stage, asking for nothing
 * more; Bella thanks them and the call ends.
 */
@Revision("1")
public record CallerClosed(String callId, Stage stage, Instant at) implements CallEvent {
}
