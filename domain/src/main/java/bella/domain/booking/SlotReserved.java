package bella.domain.booking;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The day's schedule holds this slot for the appointment; no other appointment may overlap it. */
@Revision("1")
public record SlotReserved(String scheduleId, String appointmentId, Instant start, Instant end, Instant at)
        implements ScheduleEvent {
}
