package bella.domain.booking;

import bella.domain.PersonalData;
import bella.domain.PersonalDataKey;
import org.axonframework.serialization.Revision;

import java.time.Instant;

import static bella.domain.PersonalData.Kind.WORDS;

/**
 * The text confirming one of the appointment's changes was not sent, and will not be: Twilio refused it (an invalid
 * or opted-out number, say) or kept failing until Bella gave up.
 *
 * @param eventId   the booking, move or cancellation the text was to confirm
 * @param errorCode Twilio's error code (21211 invalid number, 21610 opted out, …), or null when Twilio gave none
 */
@Revision("1")
public record ConfirmationFailed(@PersonalDataKey String appointmentId, String eventId, Integer errorCode,
                                 @PersonalData(WORDS) String reason, Instant at)
        implements AppointmentEvent {
}
