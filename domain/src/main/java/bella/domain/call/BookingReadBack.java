package bella.domain.call;

import bella.domain.PersonalData;
import bella.domain.PersonalDataKey;
import org.axonframework.serialization.Revision;

import java.time.Instant;

import static bella.domain.PersonalData.Kind.NAME;

/** Bella read the booking back to the caller for confirmation. */
@Revision("1")
public record BookingReadBack(@PersonalDataKey String callId, Instant start, Instant end,
                              @PersonalData(NAME) String name, Instant at) implements CallEvent {
}
