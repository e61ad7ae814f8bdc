package bella.domain.call;

import bella.domain.PersonalData;
import bella.domain.PersonalDataKey;
import org.axonframework.serialization.Revision;

import java.time.Instant;

import static bella.domain.PersonalData.Kind.WORDS;

/** A message could not be transcribed, and will not be: why, and the detail the service or Twilio gave. */
@Revision("1")
public record TranscriptionFailed(@PersonalDataKey String callId, String recordingSid, Reason reason,
                                  @PersonalData(WORDS) String detail, Instant at)
        implements CallEvent {

    /** Why a transcription failed. Stored by name: values may be added, never renamed. */
    public enum Reason {
        /** Twilio has no such recording (404), or reported it absent. */
        RECORDING_NOT_FOUND,
        /** The recording is larger than Bella fetches. */
        RECORDING_TOO_LARGE,
        /** The transcription service kept failing (errors, rate limits, time-outs, unreadable answers). */
        SERVICE_FAILED,
        /** The recording could not be fetched for another reason, such as Twilio refusing Bella's credentials. */
        RECORDING_UNAVAILABLE
    }
}
