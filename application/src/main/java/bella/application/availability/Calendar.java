package bella.application.availability;

import bella.domain.booking.Slot;

import java.util.List;

/** The owner's diary as booking needs to see it: times they are busy outside Bella's own bookings. */
public interface Calendar {

    /** Busy stretches that overlap the window, in any order. */
    List<Slot> busy(Slot window);
}
