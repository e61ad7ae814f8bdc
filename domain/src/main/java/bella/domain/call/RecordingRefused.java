package bella.domain.call;

import bella.domain.PersonalData;
import bella.domain.PersonalDataKey;
import org.axonframework.serialization.Revision;

import java.time.Instant;

import static bella.domain.PersonalData.Kind.WORDS;

/** A recording's URL was not under Twilio's API, so Bella never fetched it; the URL as it came, cut to 500 characters. */
@Revision("1")
public record RecordingRefused(@PersonalDataKey String callId, String recordingSid,
                               @PersonalData(WORDS) String recordingUrl, Instant at) implements CallEvent {
}
