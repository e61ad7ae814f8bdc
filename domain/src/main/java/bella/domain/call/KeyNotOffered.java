package bella.domain.call;

import bella.domain.PersonalData;
import bella.domain.PersonalDataKey;
import org.axonframework.serialization.Revision;

import java.time.Instant;

import static bella.domain.PersonalData.Kind.WORDS;

/**
 * The caller pressed keys that Bella's question did not name; they were heard, so this is no miss, and Bella says
 * which options there are again.
 *
 * @param keys  the keys pressed
 * @param inRow how many such answers in a row at this question
 */
@Revision("1")
public record KeyNotOffered(@PersonalDataKey String callId, int turn, @PersonalData(WORDS) String keys,
                            String expecting, int inRow, Instant at) implements CallEvent {
}
