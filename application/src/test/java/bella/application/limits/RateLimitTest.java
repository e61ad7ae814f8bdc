package bella.application.limits;

import bella.domain.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Token buckets per key, on a clock the test moves. */
class RateLimitTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-03T15:00:00Z"));

    @Test
    void aKeyMaySpendTheMinutesAllowanceAtOnceThenWaitsForItToComeBack() {
        RateLimit limit = RateLimit.perMinute(6, clock);
        for (int i = 0; i < 6; i++) {
            assertThat(limit.take("+14165550134")).as("request %d", i + 1).isEmpty();
        }

        assertThat(limit.take("+14165550134")).hasValue(Duration.ofSeconds(10));
        clock.move(Duration.ofSeconds(9));
        assertThat(limit.take("+14165550134")).hasValue(Duration.ofSeconds(1));
        clock.move(Duration.ofSeconds(1));
        assertThat(limit.take("+14165550134")).isEmpty();
        assertThat(limit.take("+14165550134")).isPresent();
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        RateLimit limit = RateLimit.perMinute(1, clock);

        assertThat(limit.take("203.0.113.9")).isEmpty();
        assertThat(limit.take("203.0.113.9")).isPresent();
        assertThat(limit.take("198.51.100.4")).isEmpty();
    }

    @Test
    void aFullMinuteRefillsNoMoreThanTheAllowance() {
        RateLimit limit = RateLimit.perMinute(2, clock);
        assertThat(limit.take("k")).isEmpty();
        clock.move(Duration.ofHours(3));

        assertThat(limit.take("k")).isEmpty();
        assertThat(limit.take("k")).isEmpty();
        assertThat(limit.take("k")).isPresent();
    }

    @Test
    void noneMeansNoLimit() {
        RateLimit limit = RateLimit.perMinute(0, clock);
        for (int i = 0; i < 1_000; i++) {
            assertThat(limit.take("k")).isEmpty();
        }
    }

    @Test
    void theKeysSeenLeastRecentlyAreForgottenBeyondTheMost() {
        RateLimit limit = RateLimit.perMinute(1, clock);
        limit.take("first");
        for (int i = 0; i < RateLimit.MOST_KEYS; i++) {
            limit.take("key " + i);
        }

        assertThat(limit.take("first")).as("forgotten, so full again").isEmpty();
        assertThat(limit.take("key " + (RateLimit.MOST_KEYS - 1))).isPresent();
    }
}
