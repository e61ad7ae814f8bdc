package bella.domain.call;

import bella.domain.booking.Slot;

import java.util.List;
import java.util.Objects;

/**
 * What the diary says about a caller's request, worked out before the Call decides: whether the asked-for slot is
 * free, why not, and the nearest free slots to offer instead.
 *
 * @param requested    the exact slot asked for, or null when the caller named only a day, a window or nothing
 * @param refusal      why {@code requested} cannot be booked, or null when it is free (or there is none)
 * @param alternatives free slots nearest to the request (or the soonest free ones), best first
 * @param calendarConsulted false when the owner's calendar could not answer in time and only Bella's own bookings
 *                          were checked
 */
public record Availability(Slot requested, Refusal refusal, List<Slot> alternatives, boolean calendarConsulted) {

    public Availability {
        alternatives = List.copyOf(Objects.requireNonNull(alternatives, "alternatives"));
        if (requested == null && refusal != null) {
            throw new IllegalArgumentException("a refusal needs the requested slot");
        }
    }

    public static Availability free(Slot requested) {
        return new Availability(requested, null, List.of(), true);
    }

    public static Availability refused(Slot requested, Refusal refusal, List<Slot> alternatives) {
        return new Availability(requested, Objects.requireNonNull(refusal, "refusal"), alternatives, true);
    }

    public static Availability options(List<Slot> slots) {
        return new Availability(null, null, slots, true);
    }

    /** The same answer, noted as made without the owner's calendar. */
    public Availability withoutCalendar() {
        return new Availability(requested, refusal, alternatives, false);
    }

    public boolean requestedIsFree() {
        return requested != null && refusal == null;
    }
}
