package bella.domain.call;

import bella.domain.PersonalData;
import bella.domain.PersonalDataKey;
import org.axonframework.serialization.Revision;

import java.time.Instant;

import static bella.domain.PersonalData.Kind.NAME;

/** The caller gave their name. */
@Revision("1")
public record CallerNamed(@PersonalDataKey String callId, @PersonalData(NAME) String name,
                          Instant at) implements CallEvent {
}
