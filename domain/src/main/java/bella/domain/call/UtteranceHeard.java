package bella.domain.call;

import bella.domain.PersonalData;
import bella.domain.PersonalDataKey;
import org.axonframework.serialization.Revision;

import java.time.Instant;

import static bella.domain.PersonalData.Kind.WORDS;

/** The caller answered: their words (or keys) exactly as reported, and what Bella had asked. */
@Revision("1")
public record UtteranceHeard(@PersonalDataKey String callId, int turn, @PersonalData(WORDS) String text,
                             double confidence, String channel, String expecting, Instant at)
        implements CallEvent {
}
