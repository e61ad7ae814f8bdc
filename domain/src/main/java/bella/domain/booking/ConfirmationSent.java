package bella.domain.booking;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Twilio accepted the text confirming one of the appointment's changes.
 *
 * @param eventId    the booking, move or cancellation the text confirms
 * @param messageSid Twilio's id of the message, which its delivery reports name
 */
@Revision("1")
public record ConfirmationSent(String appointmentId, String eventId, String messageSid, Instant at)
        implements AppointmentEvent {
}
