package bella.domain.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A stretch of time an appointment can occupy: from its start (inclusive) to its end (exclusive). */
public record Slot(Instant start, Instant end) {

    public Slot {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a slot ends after it starts: " + start + " .. " + end);
        }
    }

    public static Slot of(Instant start, Duration length) {
        return new Slot(start, start.plus(length));
    }

    public boolean overlaps(Slot other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(Slot other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
