package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * What the caller asked for could be read more than one way, lacked a part, or was heard too faintly; Bella asks
 * rather than guesses.
 *
 * @param readings for {@link What#TWO_READINGS}, the moments the words could mean, in the order Bella offers them;
 *                 for {@link What#DATE_PASSED}, the moments ahead the caller may have meant
 */
@Revision("2")
public record RequestUnclear(String callId, What what, List<Instant> readings, Instant at) implements CallEvent {

    public RequestUnclear {
        readings = List.copyOf(readings);
    }

    /** What was unclear about the request. Stored by name and grouped by in analytics: never renamed. */
    public enum What {
        /** The words could mean two days or times ("next Wednesday": this week's or the next); Bella asks which. */
        TWO_READINGS,
        /** The caller named a day but no time of day; Bella offers times and asks what would suit. */
        NO_TIME_OF_DAY,
        /** The recogniser was unsure of the words; Bella offers the time she heard as a question. */
        LOW_CONFIDENCE,
        /** The time was said before the service, whose length the diary needs; Bella asks the service first. */
        NO_SERVICE,
        /**
         * The date said has just gone by ("November 3rd" on the 27th); Bella asks whether the nearest days ahead
         * the caller may have meant are the ones, given in {@code readings}.
         */
        DATE_PASSED,
        /** Something written by older code in words this version does not know; only upcasting writes it. */
        OTHER
    }
}
