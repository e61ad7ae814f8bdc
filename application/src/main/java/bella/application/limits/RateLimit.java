package bella.application.limits;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * So many requests a minute per key, in a token bucket per key: a key may spend the whole minute's allowance at
 * once, and it comes back steadily (one token every minute / {@code perMinute}). The buckets of the keys seen
 * least recently are dropped beyond {@link #MOST_KEYS}, so a flood of new keys cannot fill the memory; a key
 * dropped comes back with a full bucket, which the other limit (the caller's, or the address's) still bounds.
 */
public final class RateLimit {

    static final int MOST_KEYS = 10_000;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long perMinute;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MOST_KEYS;
        }
    };

    private RateLimit(long perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.time = new ClockTime(clock);
    }

    /** {@code perMinute} requests a minute per key, by {@code clock}; 0 means no limit. */
    public static RateLimit perMinute(long perMinute, Clock clock) {
        if (perMinute < 0) {
            throw new IllegalArgumentException("a limit is 0 (none) or more requests a minute: " + perMinute);
        }
        return new RateLimit(perMinute, clock);
    }

    public long perMinute() {
        return perMinute;
    }

    /**
     * Takes one request of {@code key}: empty when it may go on, else how long until it could, in whole seconds
     * rounded up (as {@code Retry-After} gives it).
     */
    public Optional<Duration> take(String key) {
        if (perMinute == 0) {
            return Optional.empty();
        }
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(key, unseen -> Bucket.builder()
                    .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                    .withCustomTimePrecision(time)
                    .build());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        long nanos = probe.getNanosToWaitForRefill();
        return Optional.of(Duration.ofSeconds(Math.max(1, (nanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND)));
    }

    /** Bucket4j's time, read from a clock a test can move. */
    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return clock.millis() * 1_000_000L;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
