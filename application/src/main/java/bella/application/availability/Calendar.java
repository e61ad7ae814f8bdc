package bella.application.availability;

import bella.domain.booking.Slot;

import java.util.List;

/** The owner's diary as booking needs to see it: times they are busy outside Bella's own bookings. */
public interface Calendar {

    /**
     * Busy stretches that overlap the window, in any order.
     *
     * @throws Unavailable when the calendar cannot answer within its time bound
     */
    List<Slot> busy(Slot window);

    /** Forgets any busy times remembered from earlier answers: the owner's diary has just changed. */
    void forget();

    /** The calendar did not answer in time or answered nonsense; availability goes on without it. */
    class Unavailable extends RuntimeException {

        public Unavailable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
