package bella.bootstrap;

import bella.application.conversation.Patience;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A caller's patience in tests, in place of Bella's bound of a few seconds: the caller waits for a webhook's work as
 * long as a test waits for anything ({@link RunningBella#PATIENCE}), so no test turns on how fast a busy machine is,
 * until a test says their patience ran out. The work given up on is kept, for the test to see how it ended.
 */
final class CallerPatience implements Patience {

    final List<CompletableFuture<?>> givenUp = new CopyOnWriteArrayList<>();
    private volatile CompletableFuture<Void> timeUp = new CompletableFuture<>();

    @Override
    public boolean waitFor(CompletableFuture<?> work) throws InterruptedException {
        try {
            CompletableFuture.anyOf(work, timeUp).get(RunningBella.PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            // the work is done, and failed: the webhook takes the failure
        } catch (TimeoutException late) {
            // a bound on a failure: the caller hears the apology, and the test what it did not expect
        }
        if (work.isDone()) {
            return true;
        }
        givenUp.add(work);
        return false;
    }

    /** From now on, the caller gives up on any work not already done. */
    void runOut() {
        timeUp.complete(null);
    }

    void restore() {
        timeUp = new CompletableFuture<>();
    }

    /** Every Bella a test starts waits with this patience. */
    @Configuration(proxyBeanMethods = false)
    static class InTests {

        @Bean
        @Primary
        CallerPatience callerPatience() {
            return new CallerPatience();
        }
    }
}
