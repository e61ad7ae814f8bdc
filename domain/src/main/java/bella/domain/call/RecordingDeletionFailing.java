package bella.domain.call;

import bella.domain.PersonalDataKey;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A recording of the call could not be deleted at Twilio after repeated tries: the owner is shown it, and Bella goes
 * on trying; {@code reason} is Twilio's answer or why there was none, in Bella's words.
 */
@Revision("1")
public record RecordingDeletionFailing(@PersonalDataKey String callId, String recordingSid, int attempts,
                                       String reason, Instant at) implements CallEvent {
}
