package bella.bootstrap;

import bella.bootstrap.cli.CommandLine;
import bella.bootstrap.cli.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line asks the running Bella: rebuilds with a progress bar that end where they began, the conversion
 * figures of placed calls as tables, and one clear line with the server's reason whenever the answer is no.
 */
class CommandLineEndToEndTest {

    private static final String API_KEY = "owner-key-0123456789";
    private static final String TUESDAY = "/api/analytics/conversion?from=2026-03-03&to=2026-03-03";
    private static final String FULL_BAR = "[" + "#".repeat(30) + "]";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path data;
    private static RunningBella bella;
    private static String placed;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void placeCalls() {
        bella = RunningBella.start(data.resolve("bella.db"), Map.of("API_KEY", API_KEY,
                "ADMIN_USER", "owner", "ADMIN_PASS", "owner-password"));
        TwilioCaller booking = bella.caller("CA00000000000000000000000000000c01", "+14165550501");
        booking.dial();
        assertThat(booking.say("I'd like to book an appointment")).contains("What day and time");
        assertThat(booking.say("next Tuesday at 2 pm")).contains("your name");
        assertThat(booking.say("my name is Ann Lee")).contains("Shall I book it");
        assertThat(booking.say("yes please")).contains("You're booked");
        booking.hangUp(74);
        TwilioCaller leaving = bella.caller("CA00000000000000000000000000000c02", "+14165550502");
        leaving.dial();
        leaving.say("I'd like to book");
        assertThat(leaving.say("Thursday")).contains("I have 9, 9:30 or 10 AM");
        leaving.hangUp(31);
        Instant giveUp = Instant.now().plus(RunningBella.PATIENCE);
        do {
            placed = owner(TUESDAY);
        } while (!(placed.contains("\"bookings\":1") && placed.contains("hung_up")) && Instant.now().isBefore(giveUp)
                && pause());
        assertThat(placed).contains("\"calls\":2", "\"bookings\":1", "hung_up");
    }

    @AfterAll
    static void stop() {
        bella.close();
    }

    @Test
    void rebuildingOneProjectionShowsAFinishedBarAndEndsWithTheSameFigures() {
        int code = run(false, Map.of("API_KEY", API_KEY), "rebuild", "call-summaries");

        assertThat(code).as(errors()).isZero();
        assertThat(output()).contains("call-summaries " + FULL_BAR).contains("done in").doesNotContain("\r");
        assertThat(errors()).isEmpty();
        assertThat(figures()).isEqualTo(placed);
    }

    @Test
    void rebuildingEveryProjectionRebuildsEachInTurnOnATerminal() {
        int code = run(true, Map.of("API_KEY", API_KEY), "rebuild");

        assertThat(code).as(errors()).isZero();
        for (String name : List.of("appointments", "call-funnel", "call-summaries", "customers")) {
            assertThat(output()).contains("\r" + name + " " + FULL_BAR);
        }
        assertThat(output()).contains("done in");
        assertThat(figures()).isEqualTo(placed);
        assertThat(owner("/api/appointments?from=2026-03-10&to=2026-03-10")).contains("Ann Lee");
    }

    @Test
    void analyticsPrintsThePlacedCallsFiguresAsTables() {
        int code = run(false, Map.of("ADMIN_USER", "owner", "ADMIN_PASS", "owner-password"),
                "analytics", "--from", "2026-03-03", "--to", "2026-03-03");

        assertThat(code).as(errors()).isZero();
        assertThat(output().lines()).contains(
                "2026-03-03 to 2026-03-03: calls 2, bookings 1, conversion 50.0%",
                "day         calls  bookings  conversion",
                "2026-03-03      2         1       50.0%",
                "funnel step     calls  of all calls",
                "started             2        100.0%",
                "asked_to_book       2        100.0%",
                "slot_offered        2        100.0%",
                "read_back           1         50.0%",
                "booked              1         50.0%",
                "failure reason  calls",
                "hung_up             1",
                "variant  calls  bookings  conversion",
                "(none)       2         1       50.0%");
        assertThat(errors()).isEmpty();
    }

    @Test
    void withNoBellaAnsweringSaysSoInOneLine() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        for (String command : List.of("rebuild", "analytics")) {
            err.reset();
            assertThat(run(false, Map.of("SERVER_PORT", String.valueOf(closed)), command)).isEqualTo(1);
            assertThat(errors()).isEqualTo("no Bella answers at http://localhost:" + closed
                    + "; start it first (or point --url or BELLA_URL at it)\n");
        }
    }

    @Test
    void wrongCredentialsAreRefusedWithTheServersReason() {
        assertThat(run(false, Map.of("API_KEY", "not-the-key"), "rebuild", "customers")).isEqualTo(1);

        assertThat(errors()).startsWith("Bella at " + bella.base() + " refused the owner's credentials: "
                + "sign in with ADMIN_USER and ADMIN_PASS, or send X-API-Key").hasLineCount(1);
        assertThat(output()).isEmpty();
    }

    @Test
    void badDatesAndUnknownProjectionsGiveTheServersReasonAndCodeTwo() {
        Map<String, String> owner = Map.of("API_KEY", API_KEY);
        assertThat(run(false, owner, "analytics", "--from", "2026-03-04", "--to", "2026-03-03")).isEqualTo(2);
        assertThat(run(false, owner, "analytics", "--from", "tuesday")).isEqualTo(2);
        assertThat(run(false, owner, "rebuild", "no-such-thing")).isEqualTo(2);

        assertThat(errors()).isEqualTo("Bella refused: to must not be before from\n"
                + "Bella refused: from must be a date as YYYY-MM-DD\n"
                + "Bella refused: no such projection; GET /api/projections names them\n");
        assertThat(output()).isEmpty();
    }

    /** Runs a command against the test's Bella, with these of Bella's settings in its environment. */
    private int run(boolean terminal, Map<String, String> settings, String... args) {
        Map<String, String> env = new HashMap<>(settings);
        env.putIfAbsent("BELLA_URL", bella.base());
        if (settings.containsKey("SERVER_PORT")) {
            env.remove("BELLA_URL");
        }
        return CommandLine.run(args, new Shell(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                env, terminal, Clock.systemUTC()));
    }

    /** The figures once a rebuild is over: the command returns only when it has read up to the head. */
    private static String figures() {
        return owner(TUESDAY);
    }

    /** The owner's API asked with the owner's key, as the test's Bella guards it. */
    private static String owner(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(bella.base() + path)).header("X-API-Key", API_KEY)
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean pause() {
        try {
            Thread.sleep(50);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
