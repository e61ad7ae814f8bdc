package bella.domain.call;

import bella.domain.booking.Slot;

/** The booking a caller has just confirmed, waiting to be made: when, and under which name and number. */
public record ConfirmedBooking(Slot slot, String name, String phone) {
}
