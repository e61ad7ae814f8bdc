package bella.application.calendar;

import bella.application.availability.Calendar;
import bella.domain.booking.RecordCalendarMirror;
import bella.domain.booking.Slot;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarMirrorTest {

    private static final Instant NOW = Instant.parse("2026-03-03T15:00:00Z");
    private static final CalendarEntry ENTRY = new CalendarEntry("a1", NOW.plus(Duration.ofDays(1)),
            NOW.plus(Duration.ofDays(1)).plusSeconds(1800), "Appointment: Ann", "Booked by phone.");

    private final QueuedChanges outbox = new QueuedChanges();
    private final OwnersCalendar calendar = new OwnersCalendar();
    private final List<RecordCalendarMirror> recorded = new ArrayList<>();
    private CalendarMirror mirror;

    @BeforeEach
    void setUp() {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(RecordCalendarMirror.class.getName(), message -> {
            recorded.add((RecordCalendarMirror) message.getPayload());
            return null;
        });
        mirror = new CalendarMirror(outbox, calendar, calendar, DefaultCommandGateway.builder().commandBus(bus).build(),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aQueuedBookingIsWrittenRecordedAndTheBusyTimesForgotten() {
        outbox.enqueue("a1", ENTRY, NOW);

        assertThat(mirror.writeDue()).isEqualTo(1);

        assertThat(calendar.written).containsExactly(ENTRY);
        assertThat(calendar.forgotten).isEqualTo(1);
        assertThat(outbox.unsettled()).isEmpty();
        assertThat(recorded).containsExactly(new RecordCalendarMirror("a1", null, NOW));
    }

    @Test
    void aQueuedCancellationRemovesTheEvent() {
        outbox.enqueue("a1", null, NOW);

        mirror.writeDue();

        assertThat(calendar.removed).containsExactly("a1");
    }

    @Test
    void aPassingFailureIsRetriedLaterAndNothingIsRecordedYet() {
        calendar.failure = new CalendarEvents.MirrorFailed("503 backend error", true, null);
        outbox.enqueue("a1", ENTRY, NOW);

        assertThat(mirror.writeDue()).isZero();

        MirrorTask waiting = outbox.unsettled().get(0);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.due()).isEqualTo(NOW.plus(CalendarMirror.FIRST_PAUSE));
        assertThat(recorded).isEmpty();
    }

    @Test
    void aRefusalIsKeptForTheOwnerAndRecordedOnTheAppointment() {
        calendar.failure = new CalendarEvents.MirrorFailed("403 forbidden", false, null);
        outbox.enqueue("a1", ENTRY, NOW);

        assertThat(mirror.writeDue()).isEqualTo(1);

        assertThat(outbox.unsettled()).singleElement().satisfies(task -> assertThat(task.failed()).isTrue());
        assertThat(recorded).containsExactly(new RecordCalendarMirror("a1", "403 forbidden", NOW));
    }

    @Test
    void pausesDoubleUpToFiveMinutes() {
        assertThat(CalendarMirror.pause(0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(CalendarMirror.pause(3)).isEqualTo(Duration.ofSeconds(16));
        assertThat(CalendarMirror.pause(40)).isEqualTo(Duration.ofMinutes(5));
    }

    /** The owner's calendar: what was written and removed, failing when told to. */
    static final class OwnersCalendar implements CalendarEvents, Calendar {
        final List<CalendarEntry> written = new ArrayList<>();
        final List<String> removed = new ArrayList<>();
        CalendarEvents.MirrorFailed failure;
        int forgotten;

        @Override
        public void put(CalendarEntry entry) {
            failIfTold();
            written.add(entry);
        }

        @Override
        public void remove(String appointmentId) {
            failIfTold();
            removed.add(appointmentId);
        }

        @Override
        public List<Slot> busy(Slot window) {
            return List.of();
        }

        @Override
        public void forget() {
            forgotten++;
        }

        private void failIfTold() {
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** The outbox kept in memory, with the versioning the real one has. */
    static final class QueuedChanges implements CalendarOutbox {
        private final Map<String, MirrorTask> tasks = new LinkedHashMap<>();

        @Override
        public void enqueue(String appointmentId, CalendarEntry entry, Instant now) {
            MirrorTask previous = tasks.get(appointmentId);
            long version = previous == null ? 1 : previous.version() + 1;
            tasks.put(appointmentId, new MirrorTask(appointmentId, entry, version, false, 0, now, null));
        }

        @Override
        public Optional<MirrorTask> nextDue(Instant now) {
            return tasks.values().stream().filter(task -> !task.failed() && !task.due().isAfter(now))
                    .min(Comparator.comparing(MirrorTask::due));
        }

        @Override
        public void done(MirrorTask task) {
            tasks.remove(task.appointmentId(), task);
        }

        @Override
        public void retryAt(MirrorTask task, Instant due, String error) {
            tasks.replace(task.appointmentId(), task, new MirrorTask(task.appointmentId(), task.entry(),
                    task.version(), false, task.attempts() + 1, due, error));
        }

        @Override
        public void failed(MirrorTask task, String reason) {
            tasks.replace(task.appointmentId(), task, new MirrorTask(task.appointmentId(), task.entry(),
                    task.version(), true, task.attempts(), task.due(), reason));
        }

        @Override
        public List<MirrorTask> unsettled() {
            return List.copyOf(tasks.values());
        }
    }
}
