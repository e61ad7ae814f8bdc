package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The caller asked for a time: a moment, a day or a window ({@code end} null for a moment or a day). */
@Revision("1")
public record SlotRequested(String callId, Instant start, Instant end, String grain, Instant at) implements CallEvent {
}
