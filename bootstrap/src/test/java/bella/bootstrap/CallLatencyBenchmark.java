package bella.bootstrap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Places whole booking calls through the signed webhooks of a real Bella on a fresh SQLite file and prints the
 * latency of each webhook and the booking throughput; first one caller at a time, then several at once.
 * Run: {@code ./mvnw -q -pl bootstrap test-compile exec:java -Dexec.mainClass=bella.bootstrap.CallLatencyBenchmark
 * -Dexec.classpathScope=test [-Dexec.args="calls threads"]}
 */
public final class CallLatencyBenchmark {

    static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("MMMM d 'at' h:mm a", Locale.ENGLISH);

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Path dir = Files.createTempDirectory("bella-bench");
        try (RunningBella bella = RunningBella.start(dir.resolve("bella.db"), Map.of("logging.level.root", "ERROR"))) {
            List<LocalDateTime> slots = slots(2 * calls + 20);
            run(bella, "warm-up", slots.subList(0, 20), 1, 0);
            run(bella, "one caller at a time", slots.subList(20, 20 + calls), 1, 1_000);
            run(bella, threads + " callers at once", slots.subList(20 + calls, 20 + 2 * calls), threads, 2_000);
        }
    }

    private static void run(RunningBella bella, String label, List<LocalDateTime> slots, int threads, int offset)
            throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        List<Future<Boolean>> booked = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            int n = offset + i;
            LocalDateTime slot = slots.get(i);
            booked.add(pool.submit(() -> call(bella, n, slot, latencies)));
        }
        int ok = 0;
        for (Future<Boolean> result : booked) {
            ok += result.get() ? 1 : 0;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%-22s %4d calls, %4d booked, %5d webhooks: p50 %5.1f ms, p95 %5.1f ms, p99 %5.1f ms, "
                        + "max %6.1f ms; %5.1f calls/s%n", label, slots.size(), ok, sorted.size(),
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted.get(sorted.size() - 1) / 1e6, slots.size() / seconds);
    }

    private static boolean call(RunningBella bella, int n, LocalDateTime slot, List<Long> latencies) {
        return book(bella.caller(callSid(n), phone(n)), slot, webhook -> timed(latencies, webhook));
    }

    static String callSid(int n) {
        return String.format("CA%032d", n);
    }

    static String phone(int n) {
        return String.format("+1416555%04d", n % 10_000);
    }

    /** One whole booking call, each of its five webhooks posted through {@code post}; true when booked. */
    static boolean book(TwilioCaller caller, LocalDateTime slot, Function<Supplier<String>, String> post) {
        post.apply(caller::dial);
        post.apply(() -> caller.say("I'd like to book an appointment"));
        post.apply(() -> caller.say(SPOKEN.format(slot).toLowerCase(Locale.ENGLISH)));
        post.apply(() -> caller.say("my name is Alex Martin"));
        return post.apply(() -> caller.press("1")).contains("You're booked");
    }

    private static String timed(List<Long> latencies, Supplier<String> webhook) {
        long start = System.nanoTime();
        String said = webhook.get();
        latencies.add(System.nanoTime() - start);
        return said;
    }

    /** Weekday half-hours from the day after the benchmark's clock starts, within opening hours. */
    static List<LocalDateTime> slots(int count) {
        List<LocalDateTime> slots = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 3, 4); slots.size() < count; day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (LocalTime time = LocalTime.of(9, 0); time.isBefore(LocalTime.of(17, 0)) && slots.size() < count;
                 time = time.plusMinutes(30)) {
                slots.add(day.atTime(time));
            }
        }
        return slots;
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
