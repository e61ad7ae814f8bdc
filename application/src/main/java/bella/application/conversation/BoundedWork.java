package bella.application.conversation;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Runs a webhook's work beside the webhook, which waits for it only as long as the caller can. Past that the work is
 * abandoned (see {@link Attempt}): it commits nothing, and the webhook apologises and asks again. Work caught in the
 * middle of its commit is given a moment more, since all it still needs is its own connection.
 */
public final class BoundedWork {

    /** In the caller's thread, without a bound: for re-runs and tests. */
    public static final BoundedWork INLINE = new BoundedWork(Runnable::run, Patience.UNBOUNDED, Patience.UNBOUNDED);

    private final Executor workers;
    private final Patience patience;
    private final Patience grace;

    /**
     * @param patience how long the webhook waits for the work
     * @param grace    how much longer it waits for work found committing when the patience ran out
     */
    public BoundedWork(Executor workers, Patience patience, Patience grace) {
        this.workers = workers;
        this.patience = patience;
        this.grace = grace;
    }

    /** The work's result, or TooLongToAnswer once the caller has waited as long as they can. */
    <T> T run(String what, Function<Attempt, T> work) {
        Attempt attempt = new Attempt();
        CompletableFuture<T> result = CompletableFuture.supplyAsync(() -> work.apply(attempt), workers);
        try {
            boolean done = patience.waitFor(result) || !attempt.abandon() && grace.waitFor(result);
            if (!done) {
                // Should the work still be committing, Twilio's repeat of the same turn finds it recorded.
                attempt.abandon();
                throw new TooLongToAnswer(what);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            attempt.abandon();
            throw new TooLongToAnswer(what);
        }
        try {
            return result.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }
}
