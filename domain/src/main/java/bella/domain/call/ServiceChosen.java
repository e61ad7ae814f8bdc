package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The caller named the service they want, as the business calls it. */
@Revision("1")
public record ServiceChosen(String callId, String service, Instant at) implements CallEvent {
}
