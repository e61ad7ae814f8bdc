package bella.domain.call;

import bella.domain.PersonalData;
import bella.domain.PersonalDataKey;
import org.axonframework.serialization.Revision;

import java.time.Instant;

import static bella.domain.PersonalData.Kind.WORDS;

/**
 * The answer said again after the tone brought no transcription the call could use in time, so it went on with what
 * the recogniser heard first: why, and the detail Twilio or the service gave (a refused URL as it came, cut to 500
 * characters).
 *
 * @param recordingSid Twilio's SID of the recording, or null when nothing was recorded
 */
@Revision("1")
public record AnswerNotTranscribed(@PersonalDataKey String callId, int turn, String recordingSid, Reason reason,
                                   @PersonalData(WORDS) String detail, Instant at) implements CallEvent {

    /** Why the repeated answer was not transcribed. Stored by name: values may be added, never renamed. */
    public enum Reason {
        /** The caller said nothing after the tone, so Twilio recorded nothing. */
        NOT_RECORDED,
        /** The recording's URL was not under Twilio's API for this account: it was never fetched. */
        RECORDING_URL_REFUSED,
        /** Twilio had no such recording (404), or reported it absent. */
        RECORDING_NOT_FOUND,
        /** The recording is larger than Bella fetches. */
        RECORDING_TOO_LARGE,
        /** The recording could not be fetched for another reason. */
        RECORDING_UNAVAILABLE,
        /** The transcription service failed, refused, or answered something unreadable. */
        SERVICE_FAILED,
        /** Fetching and transcribing took longer than the caller is kept waiting. */
        TOO_SLOW
    }
}
