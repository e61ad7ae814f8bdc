package bella.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Webhook work runs on a fixed number of workers, the rest queued: forty pieces of work that each hold their worker
 * occupy thirty-two threads, and the other eight wait in the queue rather than each growing a thread of its own.
 */
class WebhookWorkersTest {

    private static final int MORE_THAN_WORKERS = 40;

    private final ThreadPoolExecutor workers = Wiring.webhookWorkers();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        workers.shutdownNow();
    }

    @Test
    void workBeyondThirtyTwoAtOnceIsQueuedNotGivenMoreThreads() {
        for (int n = 0; n < MORE_THAN_WORKERS; n++) {
            workers.execute(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }

        assertThat(workers.getPoolSize()).isEqualTo(32);
        assertThat(workers.getQueue()).hasSize(MORE_THAN_WORKERS - 32);
    }
}
