package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The caller gave a phone number to book under (E.164). */
@Revision("1")
public record CallerNumberGiven(String callId, String phone, Instant at) implements CallEvent {
}
