package bella.domain.call;

import org.axonframework.serialization.Revision;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Bella offered the caller these free slots, each {@code length} long, spoken or (after misses) on the keypad. */
@Revision("1")
public record SlotsOffered(String callId, List<Instant> starts, Duration length, boolean keypad, Instant at)
        implements CallEvent {

    public SlotsOffered {
        starts = List.copyOf(starts);
    }
}
