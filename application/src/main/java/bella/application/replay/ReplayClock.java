package bella.application.replay;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The recorded call's own time: set to each turn's recorded instant before the turn is fed in again. */
final class ReplayClock extends Clock {

    private Instant now;

    ReplayClock(Instant start) {
        this.now = start;
    }

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a re-run's clock is read as instants only");
    }
}
