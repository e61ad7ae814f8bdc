package bella.application.availability;

import bella.domain.booking.Slot;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Bella's own bookings as the days' Schedules hold them: the write model, which refuses overlapping reservations, so
 * what it answers is never behind a booking already made (unlike a read model that follows the event store).
 */
public interface Reservations {

    /** The slots reserved on a business day (each reservation belongs to the day it starts on). */
    Collection<Slot> on(LocalDate day);
}
