package bella.bootstrap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Starts the built jar as its own process on a fresh SQLite file, as an owner would, places whole booking calls
 * through its signed webhooks one after another, and prints the time to start and the process's resident memory
 * (VmRSS and its peak VmHWM from /proc, so Linux only). JVM options after the number of calls go before
 * {@code -jar}, as in the README's start command.
 * Run after {@code ./mvnw -q -DskipTests package}: {@code ./mvnw -q -pl bootstrap test-compile exec:java
 * -Dexec.mainClass=bella.bootstrap.MemoryBenchmark -Dexec.classpathScope=test
 * -Dexec.args="1000 -Xmx96m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"}
 */
public final class MemoryBenchmark {

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        List<String> options = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        Path database = Files.createTempDirectory("bella-memory").resolve("bella.db");
        try (BellaJar bella = BellaJar.start(database, "bella", options)) {
            System.out.printf("java %s -jar bella.jar%n", String.join(" ", options));
            System.out.printf("started in %.1f s; resident %s%n", bella.startedIn().toMillis() / 1e3,
                    memory(bella.pid()));
            List<LocalDateTime> slots = CallLatencyBenchmark.slots(calls);
            int booked = 0;
            long callsStarted = System.nanoTime();
            for (int n = 0; n < calls; n++) {
                TwilioCaller caller = new TwilioCaller(bella.base(), RunningBella.AUTH_TOKEN,
                        CallLatencyBenchmark.callSid(n), CallLatencyBenchmark.phone(n));
                booked += CallLatencyBenchmark.book(caller, slots.get(n), Supplier::get) ? 1 : 0;
            }
            double callSeconds = (System.nanoTime() - callsStarted) / 1e9;
            System.out.printf("%d calls, %d booked, in %.0f s; resident %s%n", calls, booked, callSeconds,
                    memory(bella.pid()));
        }
    }

    /** "VmRSS 180 MB (peak VmHWM 190 MB)" from /proc/PID/status. */
    private static String memory(long pid) throws Exception {
        List<String> status = Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"));
        return megabytes(status, "VmRSS") + " MB (peak " + megabytes(status, "VmHWM") + " MB)";
    }

    private static long megabytes(List<String> status, String field) {
        return status.stream().filter(line -> line.startsWith(field + ":"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                .findFirst().orElseThrow();
    }
}
