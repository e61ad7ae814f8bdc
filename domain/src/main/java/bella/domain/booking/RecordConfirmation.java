package bella.domain.booking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * Note what became of the text confirming one of the appointment's changes.
 *
 * @param eventId    the booking, move or cancellation the text confirms
 * @param messageSid Twilio's id of the accepted message, or null when it was not sent
 * @param errorCode  Twilio's error code when it was not sent, if Twilio gave one
 * @param reason     why it was not sent, or null when it was
 */
public record RecordConfirmation(@TargetAggregateIdentifier String appointmentId, String eventId, String messageSid,
                                 Integer errorCode, String reason, Instant at) {

    public RecordConfirmation {
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(at, "at");
    }

    public static RecordConfirmation sent(String appointmentId, String eventId, String messageSid, Instant at) {
        return new RecordConfirmation(appointmentId, eventId, Objects.requireNonNull(messageSid, "messageSid"), null,
                null, at);
    }

    public static RecordConfirmation failed(String appointmentId, String eventId, Integer errorCode, String reason,
                                            Instant at) {
        return new RecordConfirmation(appointmentId, eventId, null, errorCode, Objects.requireNonNull(reason, "reason"),
                at);
    }
}
