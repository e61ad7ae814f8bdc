package bella.domain.call;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Which way from the times on offer the caller asked to look ("anything earlier?", "anything later?"), and how far
 * when they said ("an hour later", "the day after").
 *
 * @param by how far to move the one time on offer, or null to look for whatever is free that way
 */
public record Shift(Way way, Duration by) {

    public static final Shift EARLIER = new Shift(Way.EARLIER, null);
    public static final Shift LATER = new Shift(Way.LATER, null);

    public enum Way {
        EARLIER, LATER
    }

    public Shift {
        Objects.requireNonNull(way, "way");
        if (by != null && (by.isNegative() || by.isZero())) {
            throw new IllegalArgumentException("a shift moves forward or back by a positive time: " + by);
        }
    }

    /** The moment this far from the one given, in this shift's way. */
    public Instant from(Instant start) {
        return way == Way.LATER ? start.plus(by) : start.minus(by);
    }
}
