package bella.domain.call;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The caller gave a phone number to book under (E.164). */
@Revision("1")
public record CallerNumberGiven(String callId, String phone, Instant at) implements CallEvent {
}
