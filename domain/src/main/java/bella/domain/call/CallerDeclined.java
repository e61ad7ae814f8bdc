package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The caller said no to what Bella asked, offered or read back, at the given stage. */
@Revision("2")
public record CallerDeclined(String callId, Stage stage, Instant at) implements CallEvent {
}
