package bella.domain.call;

import bella.domain.PersonalDataKey;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A recording of the call (a message, or an answer said again) was deleted at Twilio, or Twilio no longer held it. */
@Revision("1")
public record RecordingDeleted(@PersonalDataKey String callId, String recordingSid, Instant at) implements CallEvent {
}
