package bella.application.understanding;

import bella.domain.call.Grain;
import java.time.Instant;

/**
 * A time placed on the calendar: the parts of {@link bella.domain.call.Understood} that say when.
 *
 * @param otherReading the start of a second, equally likely reading, or null
 * @param passed       the moment as named when it has just gone by, or null (see {@link SaidDate#passed})
 * @param dayOfMonthAlone whether the day was named by its day of the month alone (see {@link SaidDate})
 */
record RequestedTime(Instant start, Instant end, Grain grain, boolean timeSaid, boolean dateSaid,
                     Instant otherReading, Instant passed, boolean dayOfMonthAlone) {

    RequestedTime(Instant start, Instant end, Grain grain, boolean timeSaid, boolean dateSaid, Instant otherReading) {
        this(start, end, grain, timeSaid, dateSaid, otherReading, null, false);
    }
}
