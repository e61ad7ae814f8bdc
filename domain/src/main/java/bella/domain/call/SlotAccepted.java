package bella.domain.call;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The caller settled on a slot. */
@Revision("1")
public record SlotAccepted(String callId, Instant start, Instant end, Instant at) implements CallEvent {
}
