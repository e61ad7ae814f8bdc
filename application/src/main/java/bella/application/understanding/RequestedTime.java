package bella.application.understanding;

import bella.domain.call.Grain;
import java.time.Instant;

/**
 * A time placed on the calendar: the parts of {@link bella.domain.call.Understood} that say when.
 *
 * @param otherReading the start of a second, equally likely reading, or null
 * @param passed       the moment as named when it has just gone by, or null (see {@link SaidDate#passed})
 */
record RequestedTime(Instant start, Instant end, Grain grain, boolean timeSaid, boolean dateSaid,
                     Instant otherReading, Instant passed) {

    RequestedTime(Instant start, Instant end, Grain grain, boolean timeSaid, boolean dateSaid, Instant otherReading) {
        this(start, end, grain, timeSaid, dateSaid, otherReading, null);
    }
}
