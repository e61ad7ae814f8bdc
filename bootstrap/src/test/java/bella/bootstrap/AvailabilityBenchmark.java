package bella.bootstrap;

import bella.application.availability.Diary;
import bella.domain.booking.ReserveSlot;
import bella.domain.booking.Schedule;
import bella.domain.booking.Slot;
import bella.domain.call.Grain;
import bella.domain.call.Intent;
import bella.domain.call.Understood;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Measures one availability check, as a turn makes it (in a unit of work with its transaction, loading the days'
 * Schedules from the SQLite event store), against a busy diary: most slots of the next weeks booked. Prints the time
 * per check for each kind of request.
 * Run: {@code ./mvnw -q -pl bootstrap test-compile exec:java -Dexec.mainClass=bella.bootstrap.AvailabilityBenchmark
 * -Dexec.classpathScope=test}
 */
public final class AvailabilityBenchmark {

    private static final ZoneId ZONE = ZoneId.of("America/Toronto");
    private static final Instant NOW = Instant.parse("2026-03-03T15:15:00Z");
    private static final int CHECKS = 5_000;
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("bella-availability");
        try (RunningBella bella = RunningBella.start(dir.resolve("bella.db"), Map.of("logging.level.root", "ERROR"))) {
            Diary diary = bella.bean(Diary.class);
            TransactionManager transactions = bella.bean(TransactionManager.class);
            int booked = fill(bella.bean(CommandGateway.class), new Random(7));
            System.out.printf("diary: %d appointments over the next 8 weeks (about 80%% of the weekday slots)%n", booked);
            Random random = new Random(42);
            measure("a moment (free or taken)", transactions, () -> diary.check(moment(random), NOW, HALF_HOUR));
            measure("a day, no time", transactions, () -> diary.check(day(random), NOW, HALF_HOUR));
            measure("nothing said (soonest)", transactions, () -> diary.check(Understood.nothing(), NOW, HALF_HOUR));
        }
    }

    private static int fill(CommandGateway commands, Random random) {
        int count = 0;
        for (LocalDate day = LocalDate.of(2026, 3, 4); day.isBefore(LocalDate.of(2026, 4, 29)); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (LocalTime time = LocalTime.of(9, 0); time.isBefore(LocalTime.of(17, 0)); time = time.plusMinutes(30)) {
                if (random.nextInt(10) < 8) {
                    Instant start = day.atTime(time).atZone(ZONE).toInstant();
                    commands.sendAndWait(new ReserveSlot(Schedule.idFor(day), "a" + count, Slot.of(start, HALF_HOUR),
                            Duration.ZERO, NOW));
                    count++;
                }
            }
        }
        return count;
    }

    private static Understood moment(Random random) {
        Instant start = LocalDate.of(2026, 3, 4).plusDays(random.nextInt(40))
                .atTime(LocalTime.of(9, 0).plusMinutes(30L * random.nextInt(16))).atZone(ZONE).toInstant();
        return new Understood(Intent.BOOK, start, null, Grain.MINUTE, true, true, null, null, null, null, null, null);
    }

    private static Understood day(Random random) {
        Instant start = LocalDate.of(2026, 3, 4).plusDays(random.nextInt(40)).atStartOfDay(ZONE).toInstant();
        return new Understood(Intent.BOOK, start, null, Grain.DAY, false, true, null, null, null, null, null, null);
    }

    /** Each check in a unit of work of its own, as a turn's, holding the transaction (and SQLite's connection). */
    private static void measure(String label, TransactionManager transactions, Runnable check) {
        Runnable turn = () -> {
            var unitOfWork = DefaultUnitOfWork.startAndGet(null);
            unitOfWork.attachTransaction(transactions);
            unitOfWork.execute(check);
        };
        for (int i = 0; i < 500; i++) {
            turn.run();
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < CHECKS; i++) {
            long start = System.nanoTime();
            turn.run();
            nanos.add(System.nanoTime() - start);
        }
        Collections.sort(nanos);
        double mean = nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e3;
        System.out.printf("%-26s mean %6.0f µs, p50 %6.0f µs, p99 %6.0f µs%n", label, mean,
                nanos.get(CHECKS / 2) / 1e3, nanos.get(CHECKS * 99 / 100) / 1e3);
    }
}
