package bella.adapters.calendar;

import bella.application.availability.Calendar;
import bella.domain.booking.Slot;

import java.util.List;

/**
 * The calendar Bella uses when the owner keeps no external one: the owner is never busy beyond the business rules
 * and Bella's own bookings, which availability already accounts for.
 */
public class BuiltInCalendar implements Calendar {

    @Override
    public List<Slot> busy(Slot window) {
        return List.of();
    }

    @Override
    public void forget() {
        // nothing is remembered
    }
}
