package bella.domain.booking;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The text reminding the caller of the appointment was not sent, and will not be: Twilio refused it or kept failing
 * until Bella gave up.
 *
 * @param eventId   the booking or move that set the time the reminder names
 * @param errorCode Twilio's error code (21211 invalid number, 21610 opted out, …), or null when Twilio gave none
 */
@Revision("1")
public record ReminderFailed(String appointmentId, String eventId, Integer errorCode, String reason, Instant at)
        implements AppointmentEvent {
}
