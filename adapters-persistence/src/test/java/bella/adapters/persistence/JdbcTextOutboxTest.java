package bella.adapters.persistence;

import bella.application.texts.TextTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The text outbox on a real SQLite file. */
class JdbcTextOutboxTest {

    private static final Instant NOW = Instant.parse("2026-03-03T15:00:00Z");
    private static final Instant LEASE = NOW.plusSeconds(300);

    @TempDir
    Path dir;
    private SqliteStore store;
    private JdbcTextOutbox outbox;

    @BeforeEach
    void open() {
        store = new SqliteStore(dir.resolve("bella.db"));
        outbox = new JdbcTextOutbox(new JdbcTemplate(store.dataSource));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aChangeIsQueuedOnceHoweverOftenItsEventIsHandled() {
        outbox.enqueue("event-1", "a1", "+14165550123", "booked", NOW);
        outbox.enqueue("event-1", "a1", "+14165550123", "booked", NOW.plusSeconds(1));

        assertThat(outbox.unsettled()).singleElement().satisfies(task -> {
            assertThat(task.state()).isEqualTo(TextTask.State.PENDING);
            assertThat(task.to()).isEqualTo("+14165550123");
            assertThat(task.body()).isEqualTo("booked");
            assertThat(task.due()).isEqualTo(NOW);
        });
    }

    @Test
    void aClaimedTextIsNotClaimedAgainUntilItsLeaseRunsOut() {
        outbox.enqueue("event-1", "a1", "+14165550123", "booked", NOW);

        TextTask claimed = outbox.claimNext(NOW, LEASE).orElseThrow();
        assertThat(claimed.state()).isEqualTo(TextTask.State.PENDING);
        assertThat(outbox.claimNext(NOW, LEASE)).isEmpty();

        TextTask interrupted = outbox.claimNext(LEASE, LEASE.plusSeconds(300)).orElseThrow();
        assertThat(interrupted.state()).isEqualTo(TextTask.State.SENDING);
        assertThat(interrupted.attempts()).isEqualTo(1);
        assertThat(interrupted.firstTried()).isEqualTo(NOW);
    }

    @Test
    void aTextSurelyNotTakenIsRetriedAsPendingAndOneThatMayBeAsSending() {
        outbox.enqueue("event-1", "a1", "+14165550123", "booked", NOW);
        outbox.enqueue("event-2", "a2", "+14165550124", "moved", NOW);
        outbox.retryAt(outbox.claimNext(NOW, LEASE).orElseThrow(), NOW.plusSeconds(15), false, 20429, "Too many");
        outbox.retryAt(outbox.claimNext(NOW, LEASE).orElseThrow(), NOW.plusSeconds(15), true, 20500, "Internal");

        assertThat(outbox.claimNext(NOW.plusSeconds(14), LEASE)).isEmpty();
        assertThat(outbox.unsettled()).extracting(TextTask::state)
                .containsExactly(TextTask.State.PENDING, TextTask.State.SENDING);
        assertThat(outbox.unsettled()).extracting(TextTask::errorCode).containsExactly(20429, 20500);
    }

    @Test
    void aSentTextIsSettledAndTakesItsDeliveryReports() {
        outbox.enqueue("event-1", "a1", "+14165550123", "booked", NOW);
        outbox.sent(outbox.claimNext(NOW, LEASE).orElseThrow(), "SM0123");

        assertThat(outbox.unsettled()).isEmpty();
        assertThat(outbox.claimNext(LEASE.plusSeconds(1), LEASE.plusSeconds(2))).isEmpty();
        assertThat(outbox.delivered("SM0123", "delivered", null)).isTrue();
        assertThat(outbox.delivered("SM9999", "delivered", null)).isFalse();
    }

    @Test
    void aFailedTextStaysForTheOwnerAndIsNeverClaimed() {
        outbox.enqueue("event-1", "a1", "+1416555", "booked", NOW);
        outbox.failed(outbox.claimNext(NOW, LEASE).orElseThrow(), 21211, "Invalid 'To' Phone Number");

        assertThat(outbox.claimNext(LEASE.plusSeconds(1), LEASE.plusSeconds(2))).isEmpty();
        assertThat(outbox.unsettled()).singleElement().satisfies(task -> {
            assertThat(task.state()).isEqualTo(TextTask.State.FAILED);
            assertThat(task.errorCode()).isEqualTo(21211);
            assertThat(task.lastError()).isEqualTo("Invalid 'To' Phone Number");
        });
    }

    @Test
    void aLateReportNeverReplacesTheLastAndAnUndeliveredTextIsShownToTheOwner() {
        outbox.enqueue("event-1", "a1", "+14165550123", "booked", NOW);
        outbox.sent(outbox.claimNext(NOW, LEASE).orElseThrow(), "SM0123");

        outbox.delivered("SM0123", "undelivered", 30003);
        outbox.delivered("SM0123", "sent", null);

        assertThat(outbox.unsettled()).singleElement().satisfies(task -> {
            assertThat(task.delivery()).isEqualTo("undelivered");
            assertThat(task.errorCode()).isEqualTo(30003);
        });
    }
}
