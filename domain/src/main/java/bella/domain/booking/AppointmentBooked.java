package bella.domain.booking;

import bella.domain.PersonalData;
import bella.domain.PersonalDataKey;
import org.axonframework.serialization.Revision;

import java.time.Instant;

import static bella.domain.PersonalData.Kind.NAME;
import static bella.domain.PersonalData.Kind.NUMBER;

/** An appointment is booked: who comes, when, for what service (null: the default), and the call that booked it. */
@Revision("1")
public record AppointmentBooked(@PersonalDataKey String appointmentId, Instant start, Instant end,
                                @PersonalData(NAME) String name, @PersonalData(NUMBER) String phone,
                                String callId, String service, Instant at) implements AppointmentEvent {
}
