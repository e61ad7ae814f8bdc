package bella.bootstrap;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

    private static final Path JAR = Path.of("bootstrap/target/bella.jar");
    private static final Duration GIVE_UP = Duration.ofMinutes(5);

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        List<String> options = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        Path jar = Files.exists(JAR) ? JAR : Path.of("..").resolve(JAR);
        Path dir = Files.createTempDirectory("bella-memory");
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("bella.log").toFile());
        builder.environment().putAll(Map.of(
                "SERVER_PORT", String.valueOf(port),
                "DATABASE_URL", "jdbc:sqlite:" + dir.resolve("bella.db"),
                "TWILIO_AUTH_TOKEN", RunningBella.AUTH_TOKEN,
                "BELLA_CLOCK_START", RunningBella.MONDAY_MORNING,
                "BOOKING_HORIZON_DAYS", "730",
                "LOG_LEVEL", "WARN"));
        long started = System.nanoTime();
        Process bella = builder.start();
        try {
            String base = "http://localhost:" + port;
            awaitHealthy(base, bella);
            double startSeconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("java %s -jar bella.jar%n", String.join(" ", options));
            System.out.printf("started in %.1f s; resident %s%n", startSeconds, memory(bella.pid()));
            List<LocalDateTime> slots = CallLatencyBenchmark.slots(calls);
            int booked = 0;
            long callsStarted = System.nanoTime();
            for (int n = 0; n < calls; n++) {
                TwilioCaller caller = new TwilioCaller(base, RunningBella.AUTH_TOKEN,
                        CallLatencyBenchmark.callSid(n), CallLatencyBenchmark.phone(n));
                booked += CallLatencyBenchmark.book(caller, slots.get(n), Supplier::get) ? 1 : 0;
            }
            double callSeconds = (System.nanoTime() - callsStarted) / 1e9;
            System.out.printf("%d calls, %d booked, in %.0f s; resident %s%n", calls, booked, callSeconds,
                    memory(bella.pid()));
        } finally {
            bella.destroy();
            bella.waitFor();
        }
    }

    private static void awaitHealthy(String base, Process bella) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long giveUp = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < giveUp) {
            if (!bella.isAlive()) {
                throw new IllegalStateException("Bella stopped with exit code " + bella.exitValue());
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Bella did not answer within " + GIVE_UP);
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

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
