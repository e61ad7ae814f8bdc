package bella.application.understanding;

import bella.domain.call.Grain;
import java.time.Instant;

/** A time placed on the calendar: the parts of {@link bella.domain.call.Understood} that say when. */
record RequestedTime(Instant start, Instant end, Grain grain, boolean timeSaid, boolean dateSaid) {
}
