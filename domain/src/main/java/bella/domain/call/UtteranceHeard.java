package bella.domain.call;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The caller answered: their words (or keys) exactly as reported, and what Bella had asked. */
@Revision("1")
public record UtteranceHeard(String callId, int turn, String text, double confidence, String channel, String expecting, Instant at) implements CallEvent {
}
