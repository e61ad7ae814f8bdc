package bella.bootstrap;

import bella.domain.booking.BookAppointment;
import bella.domain.booking.Slot;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Durable commands a second, with JMH: each books an appointment through Axon's command gateway in a running Bella
 * on a fresh SQLite file (WAL, {@code synchronous=FULL}), and returns once its event is committed; the read models
 * follow as they do in service. Short by default (one fork, three five-second iterations after two of warm-up);
 * JMH's own options lengthen it ({@code -f 3 -i 10}) or send from more threads at once ({@code -t 4}). A main, not a
 * test; run from the repository's root (the other modules' classes come from the reactor):
 * <pre>
 * ./mvnw -q -pl bootstrap -am test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
 *     -Dmdep.includeScope=test
 * java -cp bootstrap/target/test-classes:bootstrap/target/classes:$(cat bootstrap/target/test-classpath.txt) \
 *     bella.bootstrap.DurableCommands [JMH options]
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class DurableCommands {

    private static final Instant FIRST = Instant.parse("2026-03-09T14:00:00Z");
    private static final Duration LENGTH = Duration.ofMinutes(30);

    private final AtomicLong booked = new AtomicLong();
    private Path directory;
    private RunningBella bella;
    private CommandGateway commands;

    public static void main(String[] args) throws Exception {
        String[] all = Arrays.copyOf(args, args.length + 1);
        all[args.length] = DurableCommands.class.getName();
        org.openjdk.jmh.Main.main(all);
    }

    @Setup(Level.Trial)
    public void start() throws Exception {
        directory = Files.createTempDirectory("bella-commands-bench");
        bella = RunningBella.start(directory.resolve("bella.db"), Map.of("logging.level.root", "ERROR"));
        commands = bella.bean(CommandGateway.class);
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        bella.close();
        try (var files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Benchmark
    public Object bookAnAppointment() {
        long n = booked.incrementAndGet();
        Instant start = FIRST.plus(LENGTH.multipliedBy(n));
        return commands.sendAndWait(new BookAppointment(UUID.randomUUID().toString(), new Slot(start,
                start.plus(LENGTH)), "Caller " + n, "+1416555" + String.format("%04d", n % 10_000), "CA" + n, null,
                start.minus(Duration.ofDays(1))));
    }
}
