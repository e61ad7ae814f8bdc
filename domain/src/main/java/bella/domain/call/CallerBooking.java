package bella.domain.call;

import bella.domain.booking.Slot;

import java.util.Objects;

/** An upcoming booking made under the caller's number. */
public record CallerBooking(String appointmentId, Slot slot) {

    public CallerBooking {
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(slot, "slot");
    }
}
