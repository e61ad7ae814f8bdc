package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A recording's URL was not under Twilio's API, so Bella never fetched it; the URL as it came, cut to 500 characters. */
@Revision("1")
public record RecordingRefused(String callId, String recordingSid, String recordingUrl, Instant at) implements CallEvent {
}
