package bella.bootstrap;

import bella.adapters.persistence.DatabaseBusy;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;

import java.util.List;

/**
 * Counts the commands retried because the database was busy ({@code bella.database.busy.retries}): another
 * process held SQLite's write lock. A retry costs the caller a pause; many say the processes fight for the file.
 */
final class BusyRetries implements RetryScheduler {

    static final String METER = "bella.database.busy.retries";

    private final RetryScheduler retries;
    private final Counter busy;

    BusyRetries(RetryScheduler retries, MeterRegistry registry) {
        this.retries = retries;
        this.busy = Counter.builder(METER)
                .description("Commands tried again because another writer held the database's write lock")
                .register(registry);
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        boolean retried = retries.scheduleRetry(commandMessage, lastFailure, failures, commandDispatch);
        if (retried && DatabaseBusy.causes(lastFailure)) {
            busy.increment();
        }
        return retried;
    }
}
