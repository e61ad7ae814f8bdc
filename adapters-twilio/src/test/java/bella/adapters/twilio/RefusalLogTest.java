package bella.adapters.twilio;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalLogTest {

    private final SettableClock clock = new SettableClock();
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private RefusalLog refusals;

    @BeforeEach
    void logIntoAList() {
        Logger logger = (Logger) LoggerFactory.getLogger("refusals-" + System.nanoTime());
        logger.setAdditive(false);
        logger.addAppender(lines);
        lines.start();
        refusals = new RefusalLog(logger, clock);
    }

    @Test
    void givenAFloodOfOneKind_whenRefusedWithinAMinute_thenOneLineWithoutAStackTrace() {
        for (int i = 0; i < 100; i++) {
            refusals.refused("missing or invalid X-Twilio-Signature", "POST /twilio/voice from 10.0.0." + i);
        }

        assertThat(lines.list).singleElement().satisfies(line -> {
            assertThat(line.getFormattedMessage()).isEqualTo(
                    "Refused a webhook: missing or invalid X-Twilio-Signature (POST /twilio/voice from 10.0.0.0)");
            assertThat(line.getThrowableProxy()).isNull();
        });
    }

    @Test
    void givenAMinutePassed_whenRefusedAgain_thenOneMoreLineCountingTheOnesLeftOut() {
        for (int i = 0; i < 100; i++) {
            refusals.refused("missing or invalid X-Twilio-Signature", "POST /twilio/voice");
        }
        clock.advance(RefusalLog.EVERY);

        refusals.refused("missing or invalid X-Twilio-Signature", "POST /twilio/gather");

        assertThat(lines.list).hasSize(2);
        assertThat(lines.list.get(1).getFormattedMessage()).isEqualTo("Refused a webhook: missing or invalid "
                + "X-Twilio-Signature (POST /twilio/gather); 99 more for this reason since the last such line");
    }

    @Test
    void givenTwoReasons_whenEachRefusedOften_thenEachHasItsOwnLine() {
        for (int i = 0; i < 10; i++) {
            refusals.refused("a call Bella never answered", "no call CA" + i);
            refusals.refused("a request no Twilio call would send", "CallSid is missing");
        }

        assertThat(lines.list).hasSize(2);
    }

    @Test
    void givenADetailWithLineBreaksOrGreatLength_whenLogged_thenOneShortLine() {
        refusals.refused("a request no Twilio call would send", "/twilio/voice\nFAKE ERROR line" + "x".repeat(500));

        assertThat(lines.list.get(0).getFormattedMessage()).doesNotContain("\n").hasSizeLessThan(300);
    }

    private static final class SettableClock extends Clock {
        private Instant now = Instant.parse("2026-03-03T15:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
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
            return this;
        }
    }
}
