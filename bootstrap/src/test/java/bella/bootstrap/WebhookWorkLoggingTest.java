package bella.bootstrap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A webhook's work runs on a worker thread: what it logs there names the call, as the webhook's own lines do, and a
 * worker used next for another webhook keeps nothing of the last one's context.
 */
class WebhookWorkLoggingTest {

    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        pool.shutdownNow();
        MDC.clear();
    }

    @Test
    void theWorkerLogsWithTheContextOfTheWebhookThatHandedItTheWork() throws Exception {
        var workers = Wiring.carryingLogContext(pool);
        List<String> seen = new ArrayList<>();

        MDC.put("callSid", "CA0000000000000000000000000000aa01");
        CompletableFuture.runAsync(() -> seen.add(MDC.get("callSid")), workers).get(1, TimeUnit.MINUTES);
        MDC.clear();
        CompletableFuture.runAsync(() -> seen.add(MDC.get("callSid")), workers).get(1, TimeUnit.MINUTES);
        // the same thread, once its task is done, holds no context
        CompletableFuture.runAsync(() -> seen.add(MDC.get("callSid")), pool).get(1, TimeUnit.MINUTES);

        assertThat(seen).containsExactly("CA0000000000000000000000000000aa01", null, null);
    }
}
