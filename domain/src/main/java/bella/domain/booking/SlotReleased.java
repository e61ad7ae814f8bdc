package bella.domain.booking;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The day's schedule no longer holds this slot for the appointment; others may book it. */
@Revision("1")
public record SlotReleased(String scheduleId, String appointmentId, Instant start, Instant end, Instant at)
        implements ScheduleEvent {
}
