package bella.domain.call;

import bella.domain.PersonalData;
import bella.domain.PersonalDataKey;
import org.axonframework.serialization.Revision;

import java.time.Instant;

import static bella.domain.PersonalData.Kind.WORDS;

/**
 * The answer said again after the tone, as the transcription service heard it, in time for the call to use it.
 *
 * @param used whether the words answered the question (a name, a number), so that the call went on with them rather
 *             than with what the recogniser heard first
 */
@Revision("1")
public record AnswerTranscribed(@PersonalDataKey String callId, int turn, String recordingSid,
                                @PersonalData(WORDS) String transcript, boolean used, Instant at)
        implements CallEvent {
}
