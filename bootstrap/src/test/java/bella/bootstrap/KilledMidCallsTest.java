package bella.bootstrap;

import bella.bootstrap.cli.CommandLine;
import bella.bootstrap.cli.Shell;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bella killed with SIGKILL while callers book through the signed webhooks, then started again on the same file,
 * has lost nothing a caller heard, holds no torn event and no slot outside a completed booking, and its projections
 * catch up to what a rebuild from the store makes.
 *
 * <p>"Heard" is a caller who received the TwiML saying "You're booked". A turn commits before its answer is written,
 * so the kill may fall between the two: a booking may then exist that its caller never heard. That is not a slot
 * nobody will hear of: its {@code Call} records the booking completed, so the redelivered confirmation (Twilio retries
 * a webhook whose connection failed once) answers "You're booked" and books nothing twice. "Nobody heard" is therefore
 * a slot reserved without its appointment booked, or an appointment the call never recorded as completed from the
 * caller's yes; there must be none, and a booking unheard may only be one whose confirmation was in flight at the kill.
 */
class KilledMidCallsTest {

    private static final int LINES = 6;
    private static final int HEARD_BEFORE_KILL = 10;
    private static final int MOST_ANSWERS = 20;
    private static final long START_MINUTES = 3;
    private static final int SIGKILL_EXIT = 128 + 9;
    private static final String BOOKED = "bella.domain.booking.AppointmentBooked";
    private static final String RESERVED = "bella.domain.booking.SlotReserved";
    private static final String RELEASED = "bella.domain.booking.SlotReleased";
    private static final String COMPLETED = "bella.domain.call.BookingCompleted";
    private static final String CONFIRMED = "bella.domain.call.BookingConfirmedByCaller";
    private static final List<String> READ_MODELS = List.of("appointments", "customers", "call_summaries",
            "call_funnel");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @Test
    void givenCallsInFlight_whenKilledAndStartedAgain_thenWhatCallersHeardStandsAndNothingIsTornOrOrphaned()
            throws Exception {
        Path database = directory.resolve("bella.db");
        Set<String> heard = ConcurrentHashMap.newKeySet();
        Map<String, Confirmation> confirmationInFlight = new ConcurrentHashMap<>();
        Bella first = Bella.start(directory, database, "first");
        CountDownLatch enoughHeard = new CountDownLatch(HEARD_BEFORE_KILL);
        AtomicInteger nextCaller = new AtomicInteger();
        ExecutorService lines = Executors.newFixedThreadPool(LINES);
        List<Future<?>> calling = new ArrayList<>();
        for (int line = 0; line < LINES; line++) {
            calling.add(lines.submit(() -> {
                boolean answering = true;
                while (answering) {
                    int i = nextCaller.getAndIncrement();
                    answering = book(OwnSlotCallers.caller(first.base, i), i, confirmationInFlight, () -> {
                        heard.add(OwnSlotCallers.callSid(i));
                        enoughHeard.countDown();
                    });
                }
            }));
        }
        assertThat(enoughHeard.await(RunningBella.PATIENCE.toSeconds(), TimeUnit.SECONDS))
                .as("confirmations heard before the kill; Bella said:%n%s", first.output()).isTrue();
        int exit = first.kill();
        for (Future<?> line : calling) {
            line.get(RunningBella.PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
        lines.shutdown();
        assertThat(exit).as("killed by SIGKILL, not stopped").isEqualTo(SIGKILL_EXIT);
        assertThat(heard).hasSizeGreaterThanOrEqualTo(HEARD_BEFORE_KILL);

        Bella second = Bella.start(directory, database, "second");
        try {
            Store store = Store.read(database);
            store.assertWhole();
            Set<String> booked = store.bookedCalls();
            assertThat(booked).as("bookings whose confirmation was heard").containsAll(heard);
            assertThat(store.heldSlots()).as("slots held").isEqualTo(store.bookedAppointments());
            assertThat(store.completedAppointments()).as("bookings the calls completed")
                    .isEqualTo(store.bookedAppointments());
            assertThat(store.callsConfirmed()).as("calls whose caller said yes").containsAll(booked);
            Set<String> unheard = new HashSet<>(booked);
            unheard.removeAll(heard);
            assertThat(unheard).as("bookings made but not heard").isSubsetOf(confirmationInFlight.keySet());

            Map<String, List<String>> caughtUp = second.caughtUpReadModels(database, store.lastIndex());
            assertThat(caughtUp.get("appointments")).hasSize(booked.size());
            assertThat(second.rebuildEveryProjection()).as("rebuild").isZero();
            assertThat(readModels(database)).as("read models after a rebuild").isEqualTo(caughtUp);

            for (Confirmation inFlight : confirmationInFlight.values()) {
                TwilioCaller redelivered = OwnSlotCallers.caller(second.base, inFlight.caller());
                assertThat(said(redelivered.post(inFlight.action(), Map.of("SpeechResult", "yes please",
                        "Confidence", "0.91")))).as("redelivered confirmation of caller %d", inFlight.caller())
                        .contains(OwnSlotCallers.BOOKED);
            }
            Store after = Store.read(database);
            after.assertWhole();
            assertThat(after.bookingsPerCall().values()).as("bookings per call").containsOnly(1);
            assertThat(after.bookedCalls()).containsAll(confirmationInFlight.keySet()).containsAll(booked);
        } finally {
            second.stop();
        }
    }

    /**
     * Books caller {@code i}'s own slot, answering whatever Bella asks (a turn given up under load is asked again),
     * and tells {@code heard} as soon as the caller hears the booking confirmed.
     *
     * @return false once Bella stopped answering
     */
    private static boolean book(TwilioCaller caller, int i, Map<String, Confirmation> confirmationInFlight,
                                Runnable heard) {
        String callSid = OwnSlotCallers.callSid(i);
        try {
            caller.dial();
            String said = caller.say("I'd like to book an appointment");
            String words = "";
            for (int answers = 0; answers < MOST_ANSWERS; answers++) {
                if (said.contains(OwnSlotCallers.BOOKED)) {
                    confirmationInFlight.remove(callSid);
                    heard.run();
                    caller.hangUp(60);
                    return true;
                }
                if (said.contains("Shall I book")) {
                    words = "yes please";
                    confirmationInFlight.put(callSid, new Confirmation(i, caller.action()));
                } else if (said.contains("your name")) {
                    words = "my name is Ann Lee";
                } else if (said.contains("What day") || words.isEmpty()) {
                    words = OwnSlotCallers.when(i);
                }
                said = caller.say(words);
            }
            throw new AssertionError(callSid + " was not booked; Bella said: " + said);
        } catch (IllegalStateException bellaGone) {
            return false;
        }
    }

    /** A caller's yes to the read-back, sent to {@code action}: what Twilio would deliver again. */
    private record Confirmation(int caller, String action) {
    }

    private static String said(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** Every row of each read model's table, in a fixed order. */
    private static Map<String, List<String>> readModels(Path database) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement()) {
            for (String table : READ_MODELS) {
                List<String> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int column = 1; column <= columns; column++) {
                            row.append(result.getString(column)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(table, rows);
            }
        }
        return tables;
    }

    /** The event store as a second connection reads it from the file. */
    private record Store(List<Event> events) {

        static Store read(Path database) throws SQLException, IOException {
            List<Event> events = new ArrayList<>();
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                 Statement statement = connection.createStatement()) {
                try (ResultSet check = statement.executeQuery("PRAGMA integrity_check")) {
                    check.next();
                    assertThat(check.getString(1)).as("SQLite's integrity check").isEqualTo("ok");
                }
                try (ResultSet rows = statement.executeQuery("SELECT globalIndex, aggregateIdentifier, "
                        + "sequenceNumber, payloadType, payload FROM DomainEventEntry ORDER BY globalIndex")) {
                    while (rows.next()) {
                        events.add(new Event(rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getString(4),
                                JSON.readTree(rows.getBytes(5))));
                    }
                }
            }
            return new Store(events);
        }

        /** Every event reads as a whole, and each aggregate's sequence runs from 0 with no gap. */
        void assertWhole() {
            Map<String, Long> next = new HashMap<>();
            for (Event event : events) {
                assertThat(event.payload().isObject()).as("payload of event %d", event.index()).isTrue();
                long expected = next.getOrDefault(event.aggregate(), 0L);
                assertThat(event.sequence()).as("sequence of %s", event.aggregate()).isEqualTo(expected);
                next.put(event.aggregate(), expected + 1);
            }
        }

        long lastIndex() {
            return events.isEmpty() ? -1 : events.get(events.size() - 1).index();
        }

        Set<String> bookedCalls() {
            return bookingsPerCall().keySet();
        }

        Map<String, Integer> bookingsPerCall() {
            Map<String, Integer> bookings = new HashMap<>();
            of(BOOKED).forEach(event -> bookings.merge(event.payload().get("callId").asText(), 1, Integer::sum));
            return bookings;
        }

        Set<String> bookedAppointments() {
            return field(BOOKED, "appointmentId");
        }

        Set<String> completedAppointments() {
            return field(COMPLETED, "appointmentId");
        }

        Set<String> callsConfirmed() {
            return field(CONFIRMED, "callId");
        }

        /** Appointments a Schedule holds a slot for: reserved and not released since. */
        Set<String> heldSlots() {
            Set<String> held = new HashSet<>();
            for (Event event : events) {
                if (event.type().equals(RESERVED)) {
                    held.add(event.payload().get("appointmentId").asText());
                } else if (event.type().equals(RELEASED)) {
                    held.remove(event.payload().get("appointmentId").asText());
                }
            }
            return held;
        }

        private Set<String> field(String type, String name) {
            Set<String> values = new HashSet<>();
            of(type).forEach(event -> values.add(event.payload().get(name).asText()));
            return values;
        }

        private List<Event> of(String type) {
            return events.stream().filter(event -> event.type().equals(type)).toList();
        }
    }

    private record Event(long index, String aggregate, long sequence, String type, JsonNode payload) {
    }

    /** Bella in a process of its own, started as {@code java -cp … BellaApplication} on this test's class path. */
    private static final class Bella {

        private static final int PORT_TRIES = 3;
        /** What Spring Boot says when its port is taken. */
        private static final String PORT_TAKEN = "was already in use";

        final String base;
        private final Process process;
        private final Path output;

        private Bella(Process process, String base, Path output) {
            this.process = process;
            this.base = base;
            this.output = output;
        }

        /**
         * Starts Bella on a port free a moment before; another process may take it in that moment, so a start that
         * finds its port taken is made again on another.
         */
        static Bella start(Path directory, Path database, String name) throws IOException, InterruptedException {
            for (int attempt = 1; attempt <= PORT_TRIES; attempt++) {
                Bella bella = launch(directory, database, name + "-" + attempt, freePort());
                if (bella.awaitHealthy()) {
                    return bella;
                }
            }
            throw new AssertionError("every port tried for " + name + " was taken before Bella could listen on it");
        }

        private static int freePort() throws IOException {
            try (ServerSocket free = new ServerSocket(0)) {
                return free.getLocalPort();
            }
        }

        private static Bella launch(Path directory, Path database, String name, int port) throws IOException {
            Path output = directory.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:TieredStopAtLevel=1",
                    "-Dorg.sqlite.tmpdir=" + System.getProperty("org.sqlite.tmpdir", directory.toString()),
                    "-cp", System.getProperty("java.class.path"), BellaApplication.class.getName()))
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().keySet().removeIf(variable -> variable.startsWith("BUSINESS_")
                    || variable.startsWith("GOOGLE_") || variable.startsWith("TWILIO_")
                    || List.of("DATABASE_URL", "SERVER_PORT", "LOG_LEVEL", "API_KEY", "ADMIN_USER", "ADMIN_PASS",
                    "PUBLIC_BASE_URL", "BELLA_NODE_ID").contains(variable));
            builder.environment().putAll(Map.of("SERVER_PORT", String.valueOf(port),
                    "DATABASE_URL", "jdbc:sqlite:" + database, "TWILIO_AUTH_TOKEN", RunningBella.AUTH_TOKEN,
                    "BELLA_CLOCK_START", RunningBella.MONDAY_MORNING, "BUSINESS_NAME", "Maple Dental",
                    "LOG_LEVEL", "WARN"));
            return new Bella(builder.start(), "http://localhost:" + port, output);
        }

        /** Whether Bella came up healthy; false when it stopped because its port was taken. */
        private boolean awaitHealthy() throws InterruptedException, IOException {
            Instant giveUp = Instant.now().plus(START_MINUTES, java.time.temporal.ChronoUnit.MINUTES);
            while (true) {
                if (!process.isAlive() && output().contains(PORT_TAKEN)) {
                    return false;
                }
                assertThat(process.isAlive()).as("Bella running; it said:%n%s", output()).isTrue();
                assertThat(Instant.now()).as("Bella answering; it said:%n%s", output()).isBefore(giveUp);
                try {
                    if (get("/healthz").contains("\"ok\"")) {
                        return true;
                    }
                } catch (IllegalStateException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
        }

        /** Sends SIGKILL ({@link Process#destroyForcibly()} on Linux and macOS): no shutdown hook runs. */
        int kill() throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(START_MINUTES, TimeUnit.MINUTES)).isTrue();
            return process.exitValue();
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(START_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
            }
        }

        /** The read models once every processor has read up to the store's last event. */
        Map<String, List<String>> caughtUpReadModels(Path database, long lastIndex) throws Exception {
            Eventually.awaitThat(() -> {
                try {
                    JsonNode projections = JSON.readTree(get("/api/projections"));
                    for (JsonNode projection : projections) {
                        if (projection.get("position").isNull()
                                || projection.get("position").asLong() < lastIndex) {
                            return false;
                        }
                    }
                    return true;
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            return readModels(database);
        }

        /** Runs {@code rebuild} of the command line against this Bella: it returns once every rebuild is done. */
        int rebuildEveryProjection() {
            ByteArrayOutputStream ignored = new ByteArrayOutputStream();
            return CommandLine.run(new String[] {"rebuild"}, new Shell(new ByteArrayInputStream(new byte[0]),
                    new PrintStream(ignored, true, StandardCharsets.UTF_8),
                    new PrintStream(ignored, true, StandardCharsets.UTF_8), Map.of("BELLA_URL", base), false,
                    Clock.systemUTC()));
        }

        String get(String path) {
            try {
                return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        String output() {
            try {
                return Files.readString(output, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(no output: " + e.getMessage() + ")";
            }
        }
    }
}
