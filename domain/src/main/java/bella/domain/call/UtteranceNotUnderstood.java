package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Bella could not use an answer; {@code misses} counts the misses in a row. */
@Revision("1")
public record UtteranceNotUnderstood(String callId, int turn, String expecting, int misses, Instant at)
        implements CallEvent {
}
