package bella.bootstrap;

import bella.adapters.persistence.SqliteErasure;
import bella.adapters.persistence.personal.Forgetting;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How long forgetting someone holds the one writer on a large SQLite file, during which every webhook that writes
 * waits: fills a store with whole calls as {@link RebuildBenchmark} does, lets the read models catch up, then forgets
 * a few callers one after another, times the erasure of the file alone (the rest is the transaction that destroys
 * keys and rewrites rows), and last forgets one more as in a file an earlier version made, which is vacuumed whole
 * once (as every forgetting was before). Run from the repository's root, with the class path of
 * {@link RebuildBenchmark}:
 * <pre>
 * java -cp bootstrap/target/test-classes:bootstrap/target/classes:$(cat bootstrap/target/test-classpath.txt) \
 *     bella.bootstrap.ForgettingBenchmark [events, default 100000]
 * </pre>
 */
public final class ForgettingBenchmark {

    private static final int FORGOTTEN = 3;

    private ForgettingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long wanted = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("bella-forget-bench");
        Path database = dir.resolve("bella.db");
        try (RunningBella bella = RunningBella.start(database, Map.of("logging.level.root", "ERROR"))) {
            RebuildBenchmark.placeTemplateCalls(bella);
            ProjectionRebuilds rebuilds = bella.bean(ProjectionRebuilds.class);
            RebuildBenchmark.awaitCaughtUp(rebuilds);
            List<DomainEventMessage<?>> template = bella.bean(EventStorageEngine.class).readEvents(null, false)
                    .map(event -> (DomainEventMessage<?>) event).collect(Collectors.toList());
            long events = RebuildBenchmark.fill(bella, template, wanted);
            RebuildBenchmark.awaitCaughtUp(rebuilds);
            JdbcTemplate jdbc = new JdbcTemplate(bella.bean(DataSource.class));
            jdbc.queryForMap("PRAGMA wal_checkpoint(TRUNCATE)");
            System.out.printf("%,d events, %,d customers; %.1f MB file; %d cores%n", events,
                    jdbc.queryForObject("SELECT count(*) FROM customers", Long.class),
                    Files.size(database) / 1e6, Runtime.getRuntime().availableProcessors());

            Forgetting forgetting = bella.bean(Forgetting.class);
            List<String> numbers = jdbc.queryForList("SELECT phone FROM customers ORDER BY phone LIMIT ?",
                    String.class, FORGOTTEN + 1);
            for (String number : numbers.subList(0, FORGOTTEN)) {
                time(forgetting, number, "forget");
            }
            var erasure = new SqliteErasure(bella.bean(DataSource.class), bella.bean(PlatformTransactionManager.class));
            for (int i = 0; i < FORGOTTEN; i++) {
                long started = System.nanoTime();
                erasure.erase();
                System.out.printf("%-46s %6.0f ms%n", "the erasure alone (tables rewritten, log cut)",
                        (System.nanoTime() - started) / 1e6);
            }
            // the header's mark of a file whose deletions were all overwritten, taken away as an earlier file lacks it
            jdbc.execute("PRAGMA user_version = 0");
            time(forgetting, numbers.get(FORGOTTEN), "forget in an earlier version's file (vacuum)");
            System.out.printf("file after: %.1f MB%n", Files.size(database) / 1e6);
        }
    }

    private static void time(Forgetting forgetting, String number, String label) {
        long started = System.nanoTime();
        Forgetting.Forgotten forgotten = forgetting.forget(number);
        System.out.printf("%-46s %6.0f ms (%d records, %d rows)%n", label, (System.nanoTime() - started) / 1e6,
                forgotten.records(), forgotten.rows());
    }
}
