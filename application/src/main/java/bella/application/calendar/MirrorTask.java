package bella.application.calendar;

import java.time.Instant;
import java.util.Objects;

/**
 * An appointment change waiting to be written to the owner's calendar.
 *
 * @param entry    the event to write, or null to remove the appointment's event
 * @param version  counts the appointment's changes, so finishing an older one never clears a newer one
 * @param failed   the calendar refused it for good; it waits for the owner instead of a retry
 * @param attempts tries so far
 * @param due      when to try next
 * @param lastError what the calendar said last time, or null
 */
public record MirrorTask(String appointmentId, CalendarEntry entry, long version, boolean failed, int attempts,
                         Instant due, String lastError) {

    public MirrorTask {
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(due, "due");
    }

    public boolean removes() {
        return entry == null;
    }
}
