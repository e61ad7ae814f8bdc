package bella.adapters.persistence;

import bella.application.calendar.CalendarEntry;
import bella.application.calendar.MirrorTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar outbox on a real SQLite file. */
class JdbcCalendarOutboxTest {

    private static final Instant NOW = Instant.parse("2026-03-03T15:00:00Z");
    private static final CalendarEntry ENTRY = new CalendarEntry("a1", NOW.plus(Duration.ofDays(1)),
            NOW.plus(Duration.ofDays(1)).plusSeconds(1800), "Appointment: Ann", "Booked by phone.");

    @TempDir
    Path dir;
    private SqliteStore store;
    private JdbcCalendarOutbox outbox;

    @BeforeEach
    void open() {
        store = new SqliteStore(dir.resolve("bella.db"));
        outbox = new JdbcCalendarOutbox(new JdbcTemplate(store.dataSource));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aQueuedEntryIsDueAndComesBackWhole() {
        outbox.enqueue("a1", ENTRY, NOW);

        MirrorTask task = outbox.nextDue(NOW).orElseThrow();
        assertThat(task.entry()).isEqualTo(ENTRY);
        assertThat(task.removes()).isFalse();
        assertThat(task.attempts()).isZero();
    }

    @Test
    void aQueuedRemovalHasNoEntry() {
        outbox.enqueue("a1", null, NOW);

        assertThat(outbox.nextDue(NOW).orElseThrow().removes()).isTrue();
    }

    @Test
    void aRetryIsNotDueBeforeItsTimeAndCountsTheAttempt() {
        outbox.enqueue("a1", ENTRY, NOW);
        outbox.retryAt(outbox.nextDue(NOW).orElseThrow(), NOW.plusSeconds(2), "503");

        assertThat(outbox.nextDue(NOW.plusSeconds(1))).isEmpty();
        MirrorTask again = outbox.nextDue(NOW.plusSeconds(2)).orElseThrow();
        assertThat(again.attempts()).isEqualTo(1);
        assertThat(again.lastError()).isEqualTo("503");
    }

    @Test
    void aNewerChangeReplacesAWaitingOneAndFinishingTheOlderLeavesTheNewer() {
        outbox.enqueue("a1", ENTRY, NOW);
        MirrorTask older = outbox.nextDue(NOW).orElseThrow();
        outbox.enqueue("a1", null, NOW);

        outbox.done(older);

        MirrorTask newer = outbox.nextDue(NOW).orElseThrow();
        assertThat(newer.removes()).isTrue();
        assertThat(newer.version()).isGreaterThan(older.version());
        outbox.done(newer);
        assertThat(outbox.unsettled()).isEmpty();
    }

    @Test
    void aRefusedChangeIsNoLongerDueButStaysForTheOwner() {
        outbox.enqueue("a1", ENTRY, NOW);
        outbox.failed(outbox.nextDue(NOW).orElseThrow(), "403 forbidden");

        assertThat(outbox.nextDue(NOW.plus(Duration.ofDays(1)))).isEmpty();
        assertThat(outbox.unsettled()).singleElement()
                .satisfies(task -> {
                    assertThat(task.failed()).isTrue();
                    assertThat(task.lastError()).isEqualTo("403 forbidden");
                });
    }
}
