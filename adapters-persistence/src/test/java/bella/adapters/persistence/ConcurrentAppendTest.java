package bella.adapters.persistence;

import bella.adapters.persistence.TestEvents.NoteAdded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static bella.adapters.persistence.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

/** Webhooks arrive at once: with one pooled connection they queue, and SQLite never answers SQLITE_BUSY. */
class ConcurrentAppendTest {

    static final int THREADS = 20;
    static final int TRANSACTIONS_PER_THREAD = 50;

    @TempDir
    Path directory;

    @Test
    void givenTwentyThreads_whenEachReadsThenAppends_thenNoFailureAndNoGap() throws Exception {
        try (var store = new SqliteStore(directory.resolve("bella.db"))) {
            var failures = new ConcurrentLinkedQueue<Throwable>();
            var start = new CountDownLatch(1);
            var pool = Executors.newFixedThreadPool(THREADS);
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                var own = "call-" + t;
                work.add(() -> {
                    start.await();
                    for (int i = 0; i < TRANSACTIONS_PER_THREAD; i++) {
                        // alternate a private stream and one all threads share: read-then-write, the SQLITE_BUSY case
                        var aggregate = i % 2 == 0 ? own : "shared";
                        try {
                            appendNext(store, aggregate, own + "#" + i);
                        } catch (Throwable e) {
                            failures.add(e);
                        }
                    }
                    return null;
                });
            }
            long began = System.nanoTime();
            var futures = work.stream().map(pool::submit).toList();
            start.countDown();
            for (var future : futures) {
                future.get();
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

            int total = THREADS * TRANSACTIONS_PER_THREAD;
            System.out.printf("SQLite, %d threads, %d read-then-append transactions: %.0f appends/s%n",
                              THREADS, total, total / seconds);
            assertThat(failures).isEmpty();
            assertThat(store.engine.lastSequenceNumberFor("shared")).contains((long) total / 2 - 1);
            try (var all = store.engine.readEvents(null, false)) {
                assertThat(all.count()).isEqualTo(total);
            }
        }
    }

    private static void appendNext(SqliteStore store, String aggregate, String note) {
        store.transactions.executeInTransaction(() -> {
            long next = store.engine.lastSequenceNumberFor(aggregate).map(n -> n + 1).orElse(0L);
            store.engine.appendEvents(event(aggregate, next, new NoteAdded(aggregate, note)));
        });
    }
}
