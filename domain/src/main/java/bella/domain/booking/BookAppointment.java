package bella.domain.booking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * Book an appointment in a slot its day's schedule has reserved for it.
 *
 * @param phone  the caller's number in E.164
 * @param callId  the call that made the booking
 * @param service the service booked, or null for the business's default
 */
public record BookAppointment(@TargetAggregateIdentifier String appointmentId, Slot slot, String name, String phone,
                              String callId, String service, Instant at) {

    public BookAppointment {
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(at, "at");
    }
}
