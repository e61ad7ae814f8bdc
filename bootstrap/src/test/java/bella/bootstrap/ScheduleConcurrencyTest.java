package bella.bootstrap;

import bella.domain.booking.ReserveSlot;
import bella.domain.booking.Schedule;
import bella.domain.booking.Slot;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The day's Schedule on the real SQLite event store, hammered by concurrent reservations. */
@Execution(ExecutionMode.CONCURRENT)
class ScheduleConcurrencyTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 4);
    private static final String SCHEDULE = Schedule.idFor(DAY);
    private static final Instant TEN = Instant.parse("2026-03-04T15:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-03T15:15:00Z");

    @TempDir
    Path data;

    @Test
    void fiftyConcurrentAttemptsAtOneSlotBookExactlyOne() throws Exception {
        Path database = data.resolve("bella.db");
        try (RunningBella bella = RunningBella.start(database, Map.of())) {
            List<Boolean> outcomes = race(List.of(bella.bean(CommandGateway.class)), 50);
            assertThat(outcomes).containsOnlyOnce(true).hasSize(50);
        }
        assertThat(reservationsIn(database)).isEqualTo(1);
    }

    @Test
    void twoProcessesSharingOneStoreBookExactlyOne() throws Exception {
        Path database = data.resolve("bella.db");
        try (RunningBella one = RunningBella.start(database, Map.of());
             RunningBella two = RunningBella.start(database, Map.of())) {
            List<Boolean> outcomes = race(List.of(one.bean(CommandGateway.class), two.bean(CommandGateway.class)),
                    40);
            assertThat(outcomes).containsOnlyOnce(true).hasSize(40);
        }
        assertThat(reservationsIn(database)).isEqualTo(1);
    }

    @Test
    void anHourLongAppointmentAtTenRefusesHalfAnHourAtTenThirty() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), Map.of())) {
            CommandGateway commands = bella.bean(CommandGateway.class);
            Boolean hour = commands.sendAndWait(new ReserveSlot(SCHEDULE, "hour", Slot.of(TEN, Duration.ofHours(1)),
                    Duration.ZERO, NOW));
            Boolean half = commands.sendAndWait(new ReserveSlot(SCHEDULE, "half",
                    Slot.of(TEN.plus(Duration.ofMinutes(30)), Duration.ofMinutes(30)), Duration.ZERO, NOW));
            assertThat(hour).isTrue();
            assertThat(half).isFalse();
        }
    }

    /** Each attempt reserves the same slot for another appointment, all released at once, spread over gateways. */
    private static List<Boolean> race(List<CommandGateway> gateways, int attempts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            CommandGateway commands = gateways.get(i % gateways.size());
            ReserveSlot reserve = new ReserveSlot(SCHEDULE, "appointment-" + i, Slot.of(TEN, Duration.ofMinutes(30)),
                    Duration.ZERO, NOW);
            results.add(pool.submit(() -> {
                start.await();
                return commands.<Boolean>sendAndWait(reserve);
            }));
        }
        start.countDown();
        List<Boolean> outcomes = new ArrayList<>();
        for (Future<Boolean> result : results) {
            outcomes.add(result.get());
        }
        pool.shutdown();
        return outcomes;
    }

    private static long reservationsIn(Path database) throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             var statement = connection.prepareStatement("SELECT COUNT(*) FROM DomainEventEntry "
                     + "WHERE aggregateIdentifier = ? AND payloadType LIKE '%SlotReserved'")) {
            statement.setString(1, SCHEDULE);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
