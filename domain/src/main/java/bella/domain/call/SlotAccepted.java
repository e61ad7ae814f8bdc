package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The caller settled on a slot. */
@Revision("1")
public record SlotAccepted(String callId, Instant start, Instant end, Instant at) implements CallEvent {
}
