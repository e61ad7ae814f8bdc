package bella.application.conversation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who wins when a webhook's patience runs out: the webhook (the work then may not commit) or the work already
 * committing (the webhook then waits for it). The patience here runs out when the test says, never on a clock.
 */
class BoundedWorkTest {

    private static final long GENEROUS_SECONDS = 60;

    private final ExecutorService workers = Executors.newCachedThreadPool();

    @AfterEach
    void stopWorkers() {
        workers.shutdownNow();
    }

    @Test
    void workDoneInTimeGivesItsResult() {
        BoundedWork bounded = new BoundedWork(workers, BoundedWorkTest::untilDone, BoundedWorkTest::untilDone);

        String result = bounded.run("a turn", attempt -> "booked");

        assertThat(result).isEqualTo("booked");
    }

    @Test
    void workNotDoneInTimeIsGivenUpAndMayNoLongerCommit() throws Exception {
        BoundedWork bounded = new BoundedWork(workers, work -> false, BoundedWorkTest::untilDone);
        CountDownLatch givenUp = new CountDownLatch(1);
        CompletableFuture<Attempt> working = new CompletableFuture<>();

        assertThatThrownBy(() -> bounded.run("turn 2 of a call", attempt -> {
            working.complete(attempt);
            await(givenUp);
            attempt.committing();
            return "recorded";
        })).isInstanceOf(TooLongToAnswer.class).hasMessage("turn 2 of a call was not answered in time");
        givenUp.countDown();

        Attempt attempt = working.get(GENEROUS_SECONDS, TimeUnit.SECONDS);
        assertThat(attempt.abandoned()).isTrue();
        assertThatThrownBy(attempt::committing).isInstanceOf(WorkAbandoned.class);
    }

    @Test
    void workCaughtCommittingIsWaitedForDuringTheGrace() {
        CountDownLatch committing = new CountDownLatch(1);
        CountDownLatch graceBegun = new CountDownLatch(1);
        Patience runsOutWhileCommitting = work -> {
            await(committing);
            return false;
        };
        Patience grace = work -> {
            graceBegun.countDown();
            return untilDone(work);
        };
        BoundedWork bounded = new BoundedWork(workers, runsOutWhileCommitting, grace);

        String result = bounded.run("a turn", attempt -> {
            attempt.committing();
            committing.countDown();
            await(graceBegun);
            return "recorded";
        });

        assertThat(result).isEqualTo("recorded");
    }

    @Test
    void workThatRolledBackMayBeGivenUpOnAgain() {
        Attempt attempt = new Attempt();
        attempt.committing();
        attempt.rolledBack();

        assertThat(attempt.abandon()).isTrue();
        assertThatThrownBy(attempt::committing).isInstanceOf(WorkAbandoned.class);
    }

    @Test
    void aFailureOfTheWorkIsTheWebhooksFailure() {
        BoundedWork bounded = new BoundedWork(workers, BoundedWorkTest::untilDone, BoundedWorkTest::untilDone);

        assertThatThrownBy(() -> bounded.run("the call CA1", attempt -> {
            throw new UnknownCall("CA1");
        })).isInstanceOf(UnknownCall.class);
    }

    @Test
    void aBoundedPatienceRunsOutOnWorkNotDoneAndNeverOnWorkDone() throws Exception {
        Patience none = Patience.of(Duration.ZERO);

        assertThat(none.waitFor(new CompletableFuture<>())).isFalse();
        assertThat(none.waitFor(CompletableFuture.completedFuture("recorded"))).isTrue();
        assertThat(none.waitFor(CompletableFuture.failedFuture(new UnknownCall("CA1")))).isTrue();
    }

    /** A patience that outlasts any work a test does: done, or failed. */
    private static boolean untilDone(Future<?> work) throws InterruptedException {
        try {
            work.get(GENEROUS_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            // done all the same
        } catch (TimeoutException stuck) {
            throw new AssertionError("work a test started never ended", stuck);
        }
        return true;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(GENEROUS_SECONDS, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
