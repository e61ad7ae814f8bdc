package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The caller answered: their words (or keys) exactly as reported, and what Bella had asked. */
@Revision("1")
public record UtteranceHeard(String callId, int turn, String text, double confidence, String channel, String expecting,
                             Instant at)
        implements CallEvent {
}
