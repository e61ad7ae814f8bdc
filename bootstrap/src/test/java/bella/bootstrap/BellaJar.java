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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The built jar ({@code ./mvnw -q -DskipTests package}) started as its own process, as an owner runs it, on the
 * SQLite file given, with the settings of {@link RunningBella}'s calls; its output goes to a log file beside it.
 * Closing it stops it as a service manager would (SIGTERM) and waits.
 */
final class BellaJar implements AutoCloseable {

    private static final Path JAR = Path.of("bootstrap/target/bella.jar");
    private static final Duration GIVE_UP = Duration.ofMinutes(5);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final String base;
    private final Path log;
    private final Duration startedIn;

    private BellaJar(Process process, String base, Path log, Duration startedIn) {
        this.process = process;
        this.base = base;
        this.log = log;
        this.startedIn = startedIn;
    }

    /** Starts the jar with the JVM options given (they go before {@code -jar}) and returns once it is healthy. */
    static BellaJar start(Path database, String name, List<String> options) throws Exception {
        Path jar = Files.exists(JAR) ? JAR : Path.of("..").resolve(JAR);
        Path directory = database.toAbsolutePath().getParent();
        Path log = directory.resolve(name + ".log");
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(Map.of(
                "SERVER_PORT", String.valueOf(port),
                "DATABASE_URL", "jdbc:sqlite:" + database.toAbsolutePath(),
                "TWILIO_AUTH_TOKEN", RunningBella.AUTH_TOKEN,
                "BELLA_CLOCK_START", RunningBella.MONDAY_MORNING,
                "BOOKING_HORIZON_DAYS", "730",
                "LOG_LEVEL", "WARN"));
        long started = System.nanoTime();
        Process process = builder.start();
        String base = "http://localhost:" + port;
        try {
            awaitHealthy(process, base, log);
        } catch (Exception | Error e) {
            process.destroy();
            process.waitFor();
            throw e;
        }
        return new BellaJar(process, base, log, Duration.ofNanos(System.nanoTime() - started));
    }

    String base() {
        return base;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /** From the start of the process to its first healthy answer. */
    Duration startedIn() {
        return startedIn;
    }

    /** The body of a GET that must answer 200; Bella answers its own machine without credentials. */
    String get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private static void awaitHealthy(Process process, String base, Path log) throws Exception {
        long giveUp = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < giveUp) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Bella stopped with exit code " + process.exitValue() + "; see "
                        + log);
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Bella did not answer within " + GIVE_UP + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
