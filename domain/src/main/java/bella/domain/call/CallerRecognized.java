package bella.domain.call;

import bella.domain.PersonalData;
import bella.domain.PersonalDataKey;
import org.axonframework.serialization.Revision;

import java.time.Instant;

import static bella.domain.PersonalData.Kind.NAME;

/** The caller's number has booked before, under this name. */
@Revision("1")
public record CallerRecognized(@PersonalDataKey String callId, @PersonalData(NAME) String name,
                               Instant at) implements CallEvent {
}
