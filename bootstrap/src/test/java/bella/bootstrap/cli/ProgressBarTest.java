package bella.bootstrap.cli;

import bella.domain.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressBarTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-03T15:15:00Z"));

    @Test
    void onATerminalRedrawsOneLineInPlaceWithEventsRateAndTimeLeft() {
        ProgressBar bar = new ProgressBar("call-summaries", clock, true);

        clock.move(Duration.ofSeconds(2));
        String first = bar.update(20_000, 100_000);
        clock.move(Duration.ofSeconds(2));
        String second = bar.update(40_000, 100_000);

        assertThat(first).isEqualTo("\rcall-summaries [######------------------------] 20,000 of 100,000 events, "
                + "10,000 events/s, 8.0 s left");
        assertThat(second).startsWith("\rcall-summaries [############------------------] 40,000 of 100,000 events, "
                + "10,000 events/s, 6.0 s left").doesNotContain("\n");
    }

    @Test
    void finishesWithAFullBarOnItsOwnLineAndBlanksOverALongerLineBefore() {
        ProgressBar bar = new ProgressBar("customers", clock, true);
        clock.move(Duration.ofSeconds(75));
        String drawn = bar.update(1, 10_000_000_000L);

        clock.move(Duration.ofSeconds(5));
        String finished = bar.finish(400_000);

        assertThat(finished).startsWith("\rcustomers [" + "#".repeat(30) + "] 400,000 of 400,000 events, "
                + "5,000 events/s, done in 1:20").endsWith(System.lineSeparator());
        assertThat(finished.strip().length()).isLessThan(drawn.length());
        assertThat(finished.length()).isEqualTo(drawn.length() + System.lineSeparator().length());
    }

    @Test
    void intoAFileWritesWholeLinesEveryFewSecondsOnly() {
        ProgressBar bar = new ProgressBar("appointments", clock, false);

        String first = bar.update(0, 1_000);
        clock.move(ProgressBar.LOG_EVERY.minusSeconds(1));
        String tooSoon = bar.update(500, 1_000);
        clock.move(Duration.ofSeconds(1));
        String due = bar.update(600, 1_000);
        String finished = bar.finish(1_000);

        assertThat(first).isEqualTo("appointments [------------------------------] 0 of 1,000 events, 0 events/s, "
                + "time left unknown" + System.lineSeparator());
        assertThat(tooSoon).isEmpty();
        assertThat(due).isEqualTo("appointments [##################------------] 600 of 1,000 events, 120 events/s, "
                + "3.3 s left" + System.lineSeparator());
        assertThat(finished).doesNotContain("\r").contains("1,000 of 1,000 events").endsWith(System.lineSeparator());
    }

    @Test
    void neverShowsMoreDoneThanTheTotal() {
        ProgressBar bar = new ProgressBar("call-funnel", clock, false);
        clock.move(Duration.ofSeconds(1));

        assertThat(bar.update(1_200, 1_000)).contains("[" + "#".repeat(30) + "] 1,000 of 1,000 events");
    }
}
