package bella.domain.booking;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * Twilio accepted the text reminding the caller of the appointment.
 *
 * @param eventId    the booking or move that set the time the reminder names
 * @param messageSid Twilio's id of the message, which its delivery reports name
 */
@Revision("1")
public record ReminderSent(String appointmentId, String eventId, String messageSid, Instant at)
        implements AppointmentEvent {
}
