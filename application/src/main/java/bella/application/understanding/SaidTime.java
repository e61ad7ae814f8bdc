package bella.application.understanding;

import bella.domain.call.Grain;
import java.time.LocalTime;

/**
 * A time of day the caller said, before it is placed on a day.
 *
 * @param end   the exclusive end of a window ("afternoon", "between 2 and 4"), or null for a moment
 * @param from  where the words began in the normalised text
 * @param to    where they ended
 */
record SaidTime(LocalTime start, LocalTime end, Grain grain, int from, int to) {
}
