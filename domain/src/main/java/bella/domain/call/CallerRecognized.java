package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The caller's number has booked before, under this name. */
@Revision("1")
public record CallerRecognized(String callId, String name, Instant at) implements CallEvent {
}
