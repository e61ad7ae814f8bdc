package bella.application.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Appointment changes waiting for the owner's calendar, kept in the database beside the events that caused them,
 * so a change is never lost between the booking and the calendar. One task per appointment: a newer change
 * replaces an older one still waiting.
 */
public interface CalendarOutbox {

    /** Queues the appointment's latest change (its entry, or null to remove its event), due now. */
    void enqueue(String appointmentId, CalendarEntry entry, Instant now);

    /** The task due soonest at {@code now} that has not failed for good, if any. */
    Optional<MirrorTask> nextDue(Instant now);

    /** The task is in the calendar: forget it, unless a newer change replaced it meanwhile. */
    void done(MirrorTask task);

    void retryAt(MirrorTask task, Instant due, String error);

    /** The calendar refused the task for good; keep it for the owner to see. */
    void failed(MirrorTask task, String reason);

    /** Every task still waiting or failed, oldest first: what the owner's calendar does not show yet. */
    List<MirrorTask> unsettled();
}
