package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * What the caller asked for could be read more than one way, lacked a part, or was heard too faintly; Bella asks
 * rather than guesses.
 *
 * @param what     TWO_READINGS, NO_TIME_OF_DAY, LOW_CONFIDENCE or NO_SERVICE (asked before the diary, whose
 *                 answer depends on the service's length)
 * @param readings for TWO_READINGS, the moments the words could mean, in the order Bella offers them
 */
@Revision("1")
public record RequestUnclear(String callId, String what, List<Instant> readings, Instant at) implements CallEvent {

    public RequestUnclear {
        readings = List.copyOf(readings);
    }
}
