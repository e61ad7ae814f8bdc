package bella.domain.call;

import bella.domain.PersonalData;
import bella.domain.PersonalDataKey;
import org.axonframework.serialization.Revision;

import java.time.Instant;

import static bella.domain.PersonalData.Kind.NUMBER;

/**
 * The caller left a message: Twilio's recording SID, its length, and the path of its media under Twilio's API (null
 * when its URL was refused); {@code from} is the caller's number, or null when withheld.
 */
@Revision("1")
public record MessageRecorded(@PersonalDataKey String callId, @PersonalData(NUMBER) String from, String recordingSid,
                              long durationSeconds, String recordingPath, Instant at) implements CallEvent {
}
