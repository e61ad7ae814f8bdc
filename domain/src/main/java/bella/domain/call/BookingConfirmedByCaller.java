package bella.domain.call;

import bella.domain.PersonalData;
import bella.domain.PersonalDataKey;
import org.axonframework.serialization.Revision;

import java.time.Instant;

import static bella.domain.PersonalData.Kind.NAME;
import static bella.domain.PersonalData.Kind.NUMBER;

/** The caller said yes to the booking read back to them. */
@Revision("1")
public record BookingConfirmedByCaller(@PersonalDataKey String callId, Instant start, Instant end,
                                       @PersonalData(NAME) String name, @PersonalData(NUMBER) String phone, Instant at)
        implements CallEvent {
}
