package bella.domain.call;

import bella.domain.PersonalData;
import bella.domain.PersonalDataKey;
import org.axonframework.serialization.Revision;

import java.time.Instant;

import static bella.domain.PersonalData.Kind.WORDS;

/**
 * The caller asked for something that is none of the business's services; Bella asks which of them they want rather
 * than book the first.
 *
 * @param asked what the caller asked for, as they said it
 */
@Revision("1")
public record ServiceNotOffered(@PersonalDataKey String callId, @PersonalData(WORDS) String asked,
                                Instant at) implements CallEvent {
}
