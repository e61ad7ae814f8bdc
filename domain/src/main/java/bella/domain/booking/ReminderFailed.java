package bella.domain.booking;

import bella.domain.PersonalData;
import bella.domain.PersonalDataKey;
import org.axonframework.serialization.Revision;

import java.time.Instant;

import static bella.domain.PersonalData.Kind.WORDS;

/**
 * The text reminding the caller of the appointment was not sent, and will not be: Twilio refused it or kept failing
 * until Bella gave up.
 *
 * @param eventId   the booking or move that set the time the reminder names
 * @param errorCode Twilio's error code (21211 invalid number, 21610 opted out, …), or null when Twilio gave none
 */
@Revision("1")
public record ReminderFailed(@PersonalDataKey String appointmentId, String eventId, Integer errorCode,
                             @PersonalData(WORDS) String reason, Instant at)
        implements AppointmentEvent {
}
