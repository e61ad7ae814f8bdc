package bella.bootstrap;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The retries a busy write lock costs are counted; other retries, and failures not retried, are not. */
class BusyRetriesTest {

    private static final RuntimeException BUSY = new EventStoreException("append failed",
            new SQLiteException("database is locked", SQLiteErrorCode.SQLITE_BUSY));
    private static final RuntimeException OTHER = new IllegalStateException("something else");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void aRetryForABusyWriteLockIsCountedAndNothingElseIs() {
        RetryScheduler retried = new BusyRetries((command, failure, failures, dispatch) -> true, registry);
        RetryScheduler givenUp = new BusyRetries((command, failure, failures, dispatch) -> false, registry);

        assertThat(retried.scheduleRetry(command(), BUSY, List.of(), () -> { })).isTrue();
        assertThat(retried.scheduleRetry(command(), OTHER, List.of(), () -> { })).isTrue();
        assertThat(givenUp.scheduleRetry(command(), BUSY, List.of(), () -> { })).isFalse();

        assertThat(registry.counter(BusyRetries.METER).count()).isEqualTo(1);
    }

    private static GenericCommandMessage<String> command() {
        return new GenericCommandMessage<>("HandleTurn");
    }
}
