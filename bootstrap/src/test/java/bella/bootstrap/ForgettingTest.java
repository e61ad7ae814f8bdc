package bella.bootstrap;

import bella.bootstrap.cli.CommandLine;
import bella.bootstrap.cli.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person booked through the webhooks is sealed in the event store from the start and, once forgotten, gone from
 * every byte of the database's files, while their appointment keeps its time.
 */
class ForgettingTest {

    private static final String NAME = "Jean-Luc O'Brien";
    private static final String NUMBER = "+14165550134";
    private static final String OTHER_NAME = "Priya Shah";
    private static final String OTHER_NUMBER = "+14165550177";

    @TempDir
    Path data;

    @Test
    void aCallersNameAndNumberAreSealedInTheStoreAndOnceForgottenNoFileHoldsThemWhileTheirSlotStaysTaken()
            throws Exception {
        Path database = data.resolve("bella.db");
        try (RunningBella bella = RunningBella.start(database, Map.of())) {
            book(bella.caller("CA00000000000000000000000000000101", NUMBER), "next Tuesday at 2 pm", NAME);
            book(bella.caller("CA00000000000000000000000000000102", OTHER_NUMBER), "next Tuesday at 3 pm",
                    OTHER_NAME);
            bella.awaitGet("/api/appointments?from=2026-03-10&to=2026-03-10",
                    body -> body.contains("O'Brien") && body.contains(OTHER_NAME));

            assertThat(clearIn(storedEvents(database), NAME, NUMBER, OTHER_NAME, OTHER_NUMBER))
                    .as("personal data in the clear in the event store").isEmpty();

            var forgotten = bella.post("/api/customers/" + NUMBER + "/forget");
            assertThat(forgotten.statusCode()).isEqualTo(200);
            assertThat(forgotten.body()).contains("\"records\":2");

            String listed = bella.get("/api/appointments?from=2026-03-10&to=2026-03-10").body();
            assertThat(listed).doesNotContain("O'Brien", NUMBER)
                    .contains("\"name\":\"(forgotten)\"", "\"start\":\"2026-03-10T14:00:00\"", OTHER_NAME, OTHER_NUMBER);
            assertThat(inFiles(database, NAME, NUMBER)).as("the forgotten person in the database files").isEmpty();
            assertThat(inFiles(database, OTHER_NAME)).isNotEmpty();

            TwilioCaller later = bella.caller("CA00000000000000000000000000000103", "+14165550188");
            later.dial();
            later.say("I'd like to book");
            assertThat(later.say("next Tuesday at 2 pm")).as("the forgotten person's slot").doesNotContain("your name");

            assertThat(bella.post("/api/calls/CA00000000000000000000000000000101/rerun").statusCode()).isEqualTo(200);
            assertThat(bella.post("/api/projections/appointments/rebuild").statusCode()).isEqualTo(202);
            assertThat(bella.awaitGet("/api/projections", body -> !body.contains("\"replaying\":true")))
                    .doesNotContain("\"replaying\":true");
            assertThat(bella.get("/api/appointments?from=2026-03-10&to=2026-03-10").body())
                    .doesNotContain("O'Brien").contains("\"name\":\"(forgotten)\"", OTHER_NAME);
            assertThat(bella.get("/api/projections/dead-letters").body()).isEqualTo("[]");
        }
        assertThat(inFiles(database, NAME, NUMBER)).as("the forgotten person in the files after a restart").isEmpty();
    }

    @Test
    void aCallerWhoWithholdsTheirNumberAndGivesItAfterTheirNameIsForgottenByThatNumber() throws Exception {
        Path database = data.resolve("bella.db");
        try (RunningBella bella = RunningBella.start(database, Map.of())) {
            TwilioCaller caller = bella.caller("CA00000000000000000000000000000104", "anonymous");
            caller.dial();
            caller.say("I'd like to book");
            caller.say("next Tuesday at 2 pm");
            assertThat(caller.say("it's " + NAME)).contains("phone number");
            assertThat(caller.say("416 555 0134")).contains("Shall I book");
            assertThat(caller.say("yes")).contains("You're booked");
            caller.hangUp(60);
            bella.awaitGet("/api/appointments?from=2026-03-10&to=2026-03-10", body -> body.contains("O'Brien"));
            assertThat(clearIn(storedEvents(database), NAME, NUMBER, "416 555 0134")).isEmpty();

            assertThat(forget(bella, NUMBER)).isZero();

            assertThat(bella.get("/api/calls/CA00000000000000000000000000000104/events").body())
                    .doesNotContain("O'Brien", "0134").contains("(forgotten)");
            assertThat(inFiles(database, NAME, NUMBER, "416 555 0134")).isEmpty();
        }
    }

    /** The bookings of the first Bella with read models, stored in the clear, are sealed on upgrade and forgettable. */
    @Test
    void aDatabaseAnEarlierVersionFilledInTheClearKeepsItsBookingsSealedAndForgetsOnRequest() throws Exception {
        Path database = data.resolve("bella.db");
        UpgradeTest.load(database, "upgrade/first-schema-with-bookings.sql");
        assertThat(clearIn(storedEvents(database), "Maria Lopez")).isNotEmpty();

        try (RunningBella bella = RunningBella.start(database, Map.of())) {
            assertThat(bella.awaitGet("/api/appointments?from=2026-03-01&to=2026-03-31",
                    body -> body.contains("Maria Lopez"))).contains("Ayesha Siddiqui", "Jean-Luc O'Brien");
            assertThat(clearIn(storedEvents(database), "Maria Lopez", "+14165550145", "Ayesha Siddiqui",
                    "+16475550188")).isEmpty();

            assertThat(bella.post("/api/customers/+14165550145/forget").statusCode()).isEqualTo(200);

            assertThat(bella.get("/api/appointments?from=2026-03-01&to=2026-03-31").body())
                    .contains("(forgotten)", "Ayesha Siddiqui", "Jean-Luc O'Brien", "2026-03-04T10:00:00",
                            "2026-03-06T15:00:00", "2026-03-10T14:30:00").doesNotContain("Maria");
            assertThat(inFiles(database, "Maria Lopez", "+14165550145")).isEmpty();
        }
    }

    @Test
    void aNumberThatIsNoneOrThatBellaDoesNotKnowIsRefusedWithTheReason() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), Map.of())) {
            var notANumber = bella.post("/api/customers/Robert'); DROP TABLE appointments--/forget".replace(" ", "%20"));
            assertThat(notANumber.statusCode()).isEqualTo(400);
            assertThat(notANumber.body()).containsAnyOf("not a phone number", "characters Bella does not accept")
                    .doesNotContain("DROP");
            var words = bella.post("/api/customers/Robert%20Tables/forget");
            assertThat(words.statusCode()).isEqualTo(400);
            assertThat(words.body()).contains("not a phone number").doesNotContain("Robert");

            var unknown = bella.post("/api/customers/+14165550999/forget");
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.body()).contains("no call, booking or text names that number");
        }
    }

    private static void book(TwilioCaller caller, String when, String name) {
        caller.dial();
        caller.say("I'd like to book an appointment");
        caller.say(when);
        assertThat(caller.say("my name is " + name)).contains("Shall I book");
        assertThat(caller.say("yes please")).contains("You're booked");
        caller.hangUp(60);
    }

    /** Forgets through the command line, as the owner would: its exit code. */
    private static int forget(RunningBella bella, String number) {
        var out = new ByteArrayOutputStream();
        int exit = CommandLine.run(new String[] {"forget", number}, new Shell(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8),
                Map.of("BELLA_URL", bella.base()), false, Clock.systemUTC()));
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("forgotten: named in 2 calls and bookings");
        return exit;
    }

    /** Every stored event's payload and metadata, and every parked one's, as the database holds them. */
    private static byte[] storedEvents(Path database) throws SQLException {
        var bytes = new ByteArrayOutputStream();
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             var tables = connection.createStatement().executeQuery("SELECT group_concat('SELECT payload, metaData "
                     + "FROM ' || name, ' UNION ALL ') FROM sqlite_master WHERE type = 'table' "
                     + "AND name IN ('DomainEventEntry', 'DeadLetterEntry')");
             var rows = connection.createStatement().executeQuery(tables.getString(1))) {
            while (rows.next()) {
                bytes.writeBytes(rows.getBytes(1));
                bytes.writeBytes(rows.getBytes(2) == null ? new byte[0] : rows.getBytes(2));
            }
        }
        return bytes.toByteArray();
    }

    /** Which of the words each of the database's files holds, in any form SQLite or a JSON column could store. */
    private static List<String> inFiles(Path database, String... words) {
        List<String> found = new ArrayList<>();
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Path file = database.resolveSibling(database.getFileName() + suffix);
            if (Files.exists(file)) {
                try {
                    clearIn(Files.readAllBytes(file), words).forEach(form -> found.add(form + " in " + file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return found;
    }

    /**
     * The forms of the words found in the bytes: as UTF-8, UTF-16 either way round and hex; a number also by its
     * digits with and without the country code, and a name by each of its parts.
     */
    private static List<String> clearIn(byte[] bytes, String... words) {
        List<String> found = new ArrayList<>();
        for (String word : words) {
            List<String> forms = new ArrayList<>(List.of(word));
            if (word.startsWith("+")) {
                forms.add(word.substring(1));
                forms.add(word.substring(2));
            } else if (word.chars().anyMatch(Character::isLetter)) {
                forms.addAll(List.of(word.split(" ")));
            }
            for (String form : forms) {
                byte[] utf8 = form.getBytes(StandardCharsets.UTF_8);
                for (byte[] encoded : List.of(utf8, form.getBytes(StandardCharsets.UTF_16LE),
                        form.getBytes(StandardCharsets.UTF_16BE),
                        HexFormat.of().formatHex(utf8).getBytes(StandardCharsets.US_ASCII),
                        HexFormat.of().withUpperCase().formatHex(utf8).getBytes(StandardCharsets.US_ASCII))) {
                    if (indexOf(bytes, encoded) >= 0) {
                        found.add("'" + form + "' as " + HexFormat.of().formatHex(encoded));
                    }
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
