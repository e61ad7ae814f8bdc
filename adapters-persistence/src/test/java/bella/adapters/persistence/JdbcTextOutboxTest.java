package bella.adapters.persistence;

import bella.application.texts.TextTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.Instant;

import static bella.application.texts.TextTask.Purpose.CONFIRMATION;
import static bella.application.texts.TextTask.Purpose.REMINDER;
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
        outbox.enqueue(CONFIRMATION, "event-1", "a1", "+14165550123", "booked", NOW, null, NOW);
        outbox.enqueue(CONFIRMATION, "event-1", "a1", "+14165550123", "booked", NOW.plusSeconds(1), null,
                NOW.plusSeconds(1));

        assertThat(outbox.unsettled()).singleElement().satisfies(task -> {
            assertThat(task.state()).isEqualTo(TextTask.State.PENDING);
            assertThat(task.to()).isEqualTo("+14165550123");
            assertThat(task.body()).isEqualTo("booked");
            assertThat(task.due()).isEqualTo(NOW);
        });
    }

    @Test
    void aClaimedTextIsNotClaimedAgainUntilItsLeaseRunsOut() {
        outbox.enqueue(CONFIRMATION, "event-1", "a1", "+14165550123", "booked", NOW, null, NOW);

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
        outbox.enqueue(CONFIRMATION, "event-1", "a1", "+14165550123", "booked", NOW, null, NOW);
        outbox.enqueue(CONFIRMATION, "event-2", "a2", "+14165550124", "moved", NOW, null, NOW);
        outbox.retryAt(outbox.claimNext(NOW, LEASE).orElseThrow(), NOW.plusSeconds(15), false, 20429, "Too many");
        outbox.retryAt(outbox.claimNext(NOW, LEASE).orElseThrow(), NOW.plusSeconds(15), true, 20500, "Internal");

        assertThat(outbox.claimNext(NOW.plusSeconds(14), LEASE)).isEmpty();
        assertThat(outbox.unsettled()).extracting(TextTask::state)
                .containsExactly(TextTask.State.PENDING, TextTask.State.SENDING);
        assertThat(outbox.unsettled()).extracting(TextTask::errorCode).containsExactly(20429, 20500);
    }

    @Test
    void aSentTextIsSettledAndTakesItsDeliveryReports() {
        outbox.enqueue(CONFIRMATION, "event-1", "a1", "+14165550123", "booked", NOW, null, NOW);
        outbox.sent(outbox.claimNext(NOW, LEASE).orElseThrow(), "SM0123");

        assertThat(outbox.unsettled()).isEmpty();
        assertThat(outbox.claimNext(LEASE.plusSeconds(1), LEASE.plusSeconds(2))).isEmpty();
        assertThat(outbox.delivered("SM0123", "delivered", null)).isTrue();
        assertThat(outbox.delivered("SM9999", "delivered", null)).isFalse();
    }

    @Test
    void aFailedTextStaysForTheOwnerAndIsNeverClaimed() {
        outbox.enqueue(CONFIRMATION, "event-1", "a1", "+1416555", "booked", NOW, null, NOW);
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
        outbox.enqueue(CONFIRMATION, "event-1", "a1", "+14165550123", "booked", NOW, null, NOW);
        outbox.sent(outbox.claimNext(NOW, LEASE).orElseThrow(), "SM0123");

        outbox.delivered("SM0123", "undelivered", 30003);
        outbox.delivered("SM0123", "sent", null);

        assertThat(outbox.unsettled()).singleElement().satisfies(task -> {
            assertThat(task.delivery()).isEqualTo("undelivered");
            assertThat(task.errorCode()).isEqualTo(30003);
        });
    }

    @Test
    void aBookingHasItsConfirmationAndItsReminderEachOnce() {
        Instant dayBefore = NOW.plusSeconds(86_400);
        outbox.enqueue(CONFIRMATION, "event-1", "a1", "+14165550123", "booked", NOW, null, NOW);
        outbox.enqueue(REMINDER, "event-1", "a1", "+14165550123", "reminder", dayBefore, dayBefore.plusSeconds(86_400),
                NOW);
        outbox.enqueue(REMINDER, "event-1", "a1", "+14165550123", "reminder", dayBefore, dayBefore, NOW);

        assertThat(outbox.unsettled()).extracting(TextTask::purpose).containsExactly(CONFIRMATION, REMINDER);
        outbox.sent(outbox.claimNext(NOW, LEASE).orElseThrow(), "SM0123");
        assertThat(outbox.claimNext(dayBefore.minusMillis(1), dayBefore)).as("not due yet").isEmpty();
        TextTask reminder = outbox.claimNext(dayBefore, dayBefore.plusSeconds(300)).orElseThrow();
        assertThat(reminder.purpose()).isEqualTo(REMINDER);
        assertThat(reminder.body()).isEqualTo("reminder");
        assertThat(reminder.sendBefore()).isEqualTo(dayBefore.plusSeconds(86_400));
    }

    @Test
    void aWithdrawnReminderIsNeverClaimedNorListedNorRevivedByARetry() {
        Instant due = NOW.plusSeconds(3_600);
        Instant start = due.plusSeconds(86_400);
        outbox.enqueue(REMINDER, "event-1", "a1", "+14165550123", "reminder", due, start, NOW);
        outbox.enqueue(REMINDER, "event-2", "a2", "+14165550124", "reminder", due, start, NOW);
        TextTask inFlight = outbox.claimNext(due, due.plusSeconds(300)).orElseThrow();
        assertThat(inFlight.eventId()).isEqualTo("event-1");

        outbox.enqueue(CONFIRMATION, "event-3", "a1", "+14165550123", "cancelled", due, null, due);
        outbox.withdrawReminders("a1");
        outbox.retryAt(inFlight, due.plusSeconds(15), true, 20500, "Internal");

        assertThat(outbox.unsettled()).extracting(TextTask::eventId).containsExactly("event-2", "event-3");
        Instant later = start.minusSeconds(1);
        assertThat(outbox.claimNext(later, start).orElseThrow().eventId()).isEqualTo("event-2");
        assertThat(outbox.claimNext(later, start).orElseThrow().eventId()).isEqualTo("event-3");
        assertThat(outbox.claimNext(later, start)).isEmpty();
    }
}
