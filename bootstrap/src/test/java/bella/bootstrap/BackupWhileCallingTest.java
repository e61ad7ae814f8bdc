package bella.bootstrap;

import bella.bootstrap.cli.CommandLine;
import bella.bootstrap.cli.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup taken while callers book through the signed webhooks holds every event stored before it began and is the
 * store as one commit left it; it is not restored under the running Bella, and Bella starts on it once restored.
 */
class BackupWhileCallingTest {

    private static final int CALLERS_AT_ONCE = 3;
    private static final String ALL_BOOKINGS = "/api/appointments?from=2026-03-09&to=2026-05-29";

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void givenCallsGoingOn_whenBackedUpThenRestored_thenEveryEventStoredBeforeTheBackupIsBackAndBellaRunsOnIt()
            throws Exception {
        Path database = directory.resolve("bella.db");
        Path backup = directory.resolve("backups/bella-monday.db");
        Set<String> heardBeforeBackup = ConcurrentHashMap.newKeySet();
        List<String> storedBeforeBackup;
        List<String> storedAfterCalls;
        try (RunningBella bella = RunningBella.start(database, Map.of())) {
            for (int i = 0; i < CALLERS_AT_ONCE; i++) {
                assertThat(OwnSlotCallers.book(OwnSlotCallers.caller(bella.base(), i), i)).isTrue();
                heardBeforeBackup.add(OwnSlotCallers.callSid(i));
            }
            AtomicBoolean backingUp = new AtomicBoolean();
            AtomicBoolean backedUp = new AtomicBoolean();
            CountDownLatch calling = new CountDownLatch(CALLERS_AT_ONCE);
            ExecutorService callers = Executors.newFixedThreadPool(CALLERS_AT_ONCE);
            List<Future<Integer>> calls = new ArrayList<>();
            for (int line = 1; line <= CALLERS_AT_ONCE; line++) {
                int first = line * 100;
                calls.add(callers.submit(() -> {
                    int i = first;
                    do {
                        boolean heard = OwnSlotCallers.book(OwnSlotCallers.caller(bella.base(), i), i);
                        // asked after hearing: a confirmation heard before the backup began is a booking it holds
                        if (heard && !backingUp.get()) {
                            heardBeforeBackup.add(OwnSlotCallers.callSid(i));
                        }
                        calling.countDown();
                        i++;
                    } while (!backedUp.get());
                    return i - first;
                }));
            }
            assertThat(calling.await(RunningBella.PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

            backingUp.set(true);
            storedBeforeBackup = events(database);
            int code = run(database, "backup", backup.toString());
            backedUp.set(true);

            assertThat(code).as(errors()).isZero();
            assertThat(output()).startsWith("backed up ").endsWith(" events to " + backup + "\n");
            for (Future<Integer> call : calls) {
                assertThat(call.get(RunningBella.PATIENCE.toSeconds(), TimeUnit.SECONDS)).isPositive();
            }
            callers.shutdown();

            assertThat(run(database, "restore", backup.toString())).isEqualTo(1);
            assertThat(errors()).isEqualTo(database + " is in use, by a running Bella or another program; stop it "
                    + "and restore again\n");
            storedAfterCalls = events(database);
        }
        List<String> backedUpEvents = events(backup);
        assertThat(backedUpEvents).containsAll(storedBeforeBackup);
        // one commit's view: the store's events in order up to some point, no later one and no gap
        assertThat(storedAfterCalls.subList(0, backedUpEvents.size())).isEqualTo(backedUpEvents);

        err.reset();
        assertThat(run(database, "restore", backup.toString())).as(errors()).isZero();
        assertThat(events(database)).isEqualTo(backedUpEvents);

        try (RunningBella restored = RunningBella.start(database, Map.of())) {
            String bookings = restored.awaitGet(ALL_BOOKINGS,
                    body -> heardBeforeBackup.stream().allMatch(body::contains));
            assertThat(bookings).contains(heardBeforeBackup);
            int next = CALLERS_AT_ONCE;
            assertThat(OwnSlotCallers.book(OwnSlotCallers.caller(restored.base(), next), next)).isTrue();
        }
    }

    private int run(Path database, String... args) {
        out.reset();
        err.reset();
        return CommandLine.run(args, new Shell(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("DATABASE_URL", "jdbc:sqlite:" + database), false, Clock.systemUTC()));
    }

    /** The events' identifiers in the store's order, read beside whatever else has the file open. */
    private static List<String> events(Path database) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT eventIdentifier FROM DomainEventEntry ORDER BY globalIndex")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
