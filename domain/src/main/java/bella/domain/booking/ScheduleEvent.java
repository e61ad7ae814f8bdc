package bella.domain.booking;

import java.time.Instant;

/** A fact about one business day's schedule. */
public sealed interface ScheduleEvent permits SlotReserved, SlotReleased {

    String scheduleId();

    Instant at();
}
