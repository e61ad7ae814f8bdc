package bella.domain.call;

import bella.domain.booking.Slot;

/**
 * What the caller has just confirmed, waiting to be carried out.
 *
 * @param appointmentId the booking to change, or null for a new one
 * @param slot          the slot to book or move to; for a cancellation, the slot being freed
 * @param service       the service booked, or null for the business's default
 */
public record Confirmed(Purpose purpose, String appointmentId, Slot slot, String name, String phone, String service) {
}
