package bella.domain.call;

import bella.domain.PersonalData;
import bella.domain.PersonalDataKey;
import org.axonframework.serialization.Revision;

import java.time.Instant;

import static bella.domain.PersonalData.Kind.NUMBER;

/** The caller gave a phone number to book under (E.164). */
@Revision("1")
public record CallerNumberGiven(@PersonalDataKey String callId, @PersonalData(NUMBER) String phone,
                                Instant at) implements CallEvent {
}
