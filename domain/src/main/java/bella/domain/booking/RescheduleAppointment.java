package bella.domain.booking;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/** Move an appointment to a slot its new day's schedule has reserved for it. */
public record RescheduleAppointment(@TargetAggregateIdentifier String appointmentId, Slot slot, String callId,
                                    Instant at) {

    public RescheduleAppointment {
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(at, "at");
    }
}
