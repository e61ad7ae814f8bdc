package bella.application.conversation;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** How long a caller may wait for Bella to answer, on top of whatever they already waited. */
public interface Patience {

    /** For work that has no caller waiting on the line (re-runs, tests): wait until it is done. */
    Patience UNBOUNDED = work -> {
        await(work, Duration.ofDays(1));
        return true;
    };

    /** Waits for the work while the caller can; true when it is done, false when the caller can wait no longer. */
    boolean waitFor(CompletableFuture<?> work) throws InterruptedException;

    /** At most this long. */
    static Patience of(Duration bound) {
        return work -> await(work, bound);
    }

    private static boolean await(CompletableFuture<?> work, Duration bound) throws InterruptedException {
        try {
            work.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            // done all the same: the failure is the work's outcome, reported to whoever takes its result
        } catch (TimeoutException late) {
            return false;
        }
        return true;
    }
}
