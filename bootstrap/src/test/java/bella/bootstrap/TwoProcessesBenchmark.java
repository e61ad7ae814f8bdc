package bella.bootstrap;

import bella.bootstrap.cli.CommandLine;
import bella.bootstrap.cli.Shell;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two processes of the built jar on one SQLite file, each taking whole booking calls from {@code simulate}'s load
 * runner at once, against one process taking the same calls (both runs against it). The n-th caller of each run
 * asks for the same time, so the processes race for the same slots. Prints, per 100 calls, the commands retried
 * because the other process held the write lock ({@code bella.database.busy.retries}), the command attempts that
 * failed, and the log lines naming {@code SQLITE_BUSY}; the calls booked and the double bookings in the store; the
 * webhooks' p50 and p99 and throughput; and the load average.
 * Run after {@code ./mvnw -q -DskipTests package}: {@code ./mvnw -q -pl bootstrap test-compile exec:java
 * -Dexec.mainClass=bella.bootstrap.TwoProcessesBenchmark -Dexec.classpathScope=test -Dexec.args="200 10"}
 * (calls and callers at once for each run; JVM options after them go before {@code -jar}).
 */
public final class TwoProcessesBenchmark {

    /** Booking calls one after another on each process first, so both are warm when measured. */
    private static final int WARM_UP_CALLS = 30;
    /** Warm-up callers' numbers start here, apart from the load runner's. */
    private static final int WARM_UP_CALLERS = 5_000;
    private static final Pattern CALLS = Pattern.compile("calls: +(\\d+) in .*; (\\d+) webhooks");
    private static final Pattern LATENCY = Pattern.compile("webhooks: +p50 ([\\d.]+) ms, .* p99 ([\\d.]+) ms");
    private static final Pattern OUTCOMES = Pattern.compile("outcomes: +booked (\\d+), moved (\\d+)");
    private static final Pattern FAILURES = Pattern.compile("failures: +(.*)");
    private static final Pattern COUNTED = Pattern.compile("(\\d+) [^,]+");

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int callers = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<String> options = Arrays.asList(args).subList(Math.min(2, args.length), args.length);
        Figures one = measure(1, calls, callers, options);
        Figures two = measure(2, calls, callers, options);
        System.out.printf(Locale.ROOT, "%nTwo runs of %d calls, %d callers each at once, no think time%n", calls,
                callers);
        System.out.println(Figures.HEADER);
        System.out.println(one);
        System.out.println(two);
    }

    /** Starts {@code processes} jars on a new file, warms them, and places two runs at once across them. */
    private static Figures measure(int processes, int calls, int callers, List<String> options) throws Exception {
        Path database = Files.createTempDirectory("bella-two-processes").resolve("bella.db");
        List<BellaJar> bellas = new ArrayList<>();
        try {
            // one after another: the first makes the file and migrates it
            for (int p = 0; p < processes; p++) {
                bellas.add(BellaJar.start(database, "bella-" + (p + 1), options));
            }
            warmUp(bellas);
            long[] busyBefore = sum(bellas, BusyRetries.METER.replace('.', '_') + "_total");
            long[] failedBefore = sum(bellas, "commandBus_failureCounter_total");
            long started = System.nanoTime();
            List<CompletableFuture<String>> runs = List.of(
                    CompletableFuture.supplyAsync(simulate(bellas.get(0), calls, callers)),
                    CompletableFuture.supplyAsync(simulate(bellas.get(processes - 1), calls, callers)));
            List<String> outputs = new ArrayList<>();
            for (CompletableFuture<String> run : runs) {
                outputs.add(run.join());
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            String load = Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
            long busy = total(sum(bellas, BusyRetries.METER.replace('.', '_') + "_total"), busyBefore);
            long failed = total(sum(bellas, "commandBus_failureCounter_total"), failedBefore);
            long busyLogged = 0;
            for (BellaJar bella : bellas) {
                try (var lines = Files.lines(bella.log())) {
                    busyLogged += lines.filter(line -> line.contains("SQLITE_BUSY")).count();
                }
            }
            System.out.printf("%n%d process(es) on %s%n", processes, database);
            outputs.forEach(System.out::print);
            return Figures.of(processes, outputs, seconds, busy, failed, busyLogged,
                    DoubleBookings.in(database).size(), load);
        } finally {
            closeAll(bellas);
        }
    }

    private static void warmUp(List<BellaJar> bellas) {
        List<LocalDateTime> slots = CallLatencyBenchmark.slots(WARM_UP_CALLS * bellas.size());
        for (int i = 0; i < slots.size(); i++) {
            int n = WARM_UP_CALLERS + i;
            TwilioCaller caller = new TwilioCaller(bellas.get(i % bellas.size()).base(), RunningBella.AUTH_TOKEN,
                    CallLatencyBenchmark.callSid(n), CallLatencyBenchmark.phone(n));
            CallLatencyBenchmark.book(caller, slots.get(i), Supplier::get);
        }
    }

    /** {@code simulate --calls N --concurrency C} against one process; what it printed. */
    private static Supplier<String> simulate(BellaJar bella, int calls, int callers) {
        return () -> {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
            CommandLine.run(new String[] {"simulate", "--url", bella.base(), "--token", RunningBella.AUTH_TOKEN,
                    "--calls", String.valueOf(calls), "--concurrency", String.valueOf(callers)},
                    new Shell(new ByteArrayInputStream(new byte[0]), out, out, Map.of(), false, Clock.systemUTC()));
            return printed.toString(StandardCharsets.UTF_8);
        };
    }

    /** Each process's sum of the Prometheus samples of that name, whatever their tags. */
    private static long[] sum(List<BellaJar> bellas, String sample) throws Exception {
        Pattern line = Pattern.compile("(?m)^" + Pattern.quote(sample) + "(?:\\{[^}]*})? (\\S+)$");
        long[] sums = new long[bellas.size()];
        for (int p = 0; p < bellas.size(); p++) {
            Matcher matcher = line.matcher(bellas.get(p).get("/actuator/prometheus"));
            while (matcher.find()) {
                sums[p] += (long) Double.parseDouble(matcher.group(1));
            }
        }
        return sums;
    }

    private static long total(long[] after, long[] before) {
        long total = 0;
        for (int p = 0; p < after.length; p++) {
            total += after[p] - before[p];
        }
        return total;
    }

    private static void closeAll(List<BellaJar> bellas) throws InterruptedException {
        for (BellaJar bella : bellas) {
            bella.close();
        }
    }

    /** One setup's figures; rates are per 100 calls placed. */
    private record Figures(int processes, int calls, int booked, int webhookFailures, long busyRetries,
                           long failedCommands, long busyLogLines, int doubleBookings, List<String> p50s,
                           List<String> p99s, double webhooksPerSecond, String load) {

        static final String HEADER = "processes | calls | booked or moved | webhook failures | busy retries /100"
                + " calls | failed command attempts /100 calls | log lines naming SQLITE_BUSY /100 calls |"
                + " double bookings | webhook p50 (each run) | p99 (each run) | webhooks/s | load average";

        static Figures of(int processes, List<String> outputs, double seconds, long busy, long failed,
                          long busyLogged, int doubles, String load) {
            int calls = 0;
            int webhooks = 0;
            int booked = 0;
            int failures = 0;
            List<String> p50s = new ArrayList<>();
            List<String> p99s = new ArrayList<>();
            for (String output : outputs) {
                Matcher placed = find(CALLS, output);
                calls += Integer.parseInt(placed.group(1));
                webhooks += Integer.parseInt(placed.group(2));
                Matcher latency = find(LATENCY, output);
                p50s.add(latency.group(1));
                p99s.add(latency.group(2));
                Matcher outcomes = find(OUTCOMES, output);
                booked += Integer.parseInt(outcomes.group(1)) + Integer.parseInt(outcomes.group(2));
                Matcher counted = COUNTED.matcher(find(FAILURES, output).group(1));
                while (counted.find()) {
                    failures += Integer.parseInt(counted.group(1));
                }
            }
            return new Figures(processes, calls, booked, failures, busy, failed, busyLogged, doubles, p50s, p99s,
                    webhooks / seconds, load);
        }

        private static Matcher find(Pattern pattern, String output) {
            Matcher matcher = pattern.matcher(output);
            if (!matcher.find()) {
                throw new IllegalStateException("no line matching " + pattern + " in\n" + output);
            }
            return matcher;
        }

        private double per100(long count) {
            return 100.0 * count / calls;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d | %d | %d | %d | %d (%.1f) | %d (%.1f) | %d (%.1f) | %d | %s ms |"
                    + " %s ms | %.0f | %s", processes, calls, booked, webhookFailures, busyRetries,
                    per100(busyRetries), failedCommands, per100(failedCommands), busyLogLines, per100(busyLogLines),
                    doubleBookings, String.join(" / ", p50s), String.join(" / ", p99s), webhooksPerSecond, load);
        }
    }
}
