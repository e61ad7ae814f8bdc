package bella.application.calendar;

import java.time.Instant;
import java.util.Objects;

/**
 * A booking as it appears in the owner's calendar.
 *
 * @param appointmentId the appointment it mirrors; the calendar's own event id is derived from it, so writing the
 *                      same entry twice never makes two events
 */
public record CalendarEntry(String appointmentId, Instant start, Instant end, String summary, String description) {

    public CalendarEntry {
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(summary, "summary");
    }
}
