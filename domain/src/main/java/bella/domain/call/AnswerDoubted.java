package bella.domain.call;

import bella.domain.PersonalData;
import bella.domain.PersonalDataKey;
import org.axonframework.serialization.Revision;

import java.time.Instant;

import static bella.domain.PersonalData.Kind.WORDS;

/**
 * The recogniser heard the caller's name or number with too little confidence to take it as it came: Bella asked
 * for it once more after the tone, to have it transcribed from the recording. What it heard first, and how sure it
 * was, are what the call goes on with when no better reading arrives in time.
 *
 * @param expecting what Bella had asked for: NAME or PHONE
 */
@Revision("1")
public record AnswerDoubted(@PersonalDataKey String callId, int turn, @PersonalData(WORDS) String heard,
                            double confidence, String expecting, Instant at) implements CallEvent {
}
