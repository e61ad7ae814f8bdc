package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The owner's phone did not take the call; {@code status} is Twilio's dial status (no-answer, busy, failed, canceled). */
@Revision("1")
public record TransferUnanswered(String callId, String status, Instant at) implements CallEvent {
}
