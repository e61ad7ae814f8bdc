package bella.bootstrap;

import bella.bootstrap.cli.CommandLine;
import bella.bootstrap.cli.Shell;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.sqlite.SQLiteDataSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls of every kind, placed through the signed webhooks, re-run through the same code and settings say what they
 * said: turn by turn, the re-run's words are the recorded call's, and those are the words the caller heard. A re-run
 * leaves the event store and the read models as they were; a changed rule shows at the turn it changes.
 */
@Execution(ExecutionMode.CONCURRENT)
class CallRerunsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANN = "+14165550401";

    @TempDir
    Path data;

    @Test
    void everyKindOfCallRerunWithTheSameCodeSaysWhatTheCallerHeard() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), Map.of())) {
            Map<String, List<String>> heard = placeEveryKindOfCall(bella);

            heard.forEach((callSid, words) -> {
                long began = System.nanoTime();
                HttpResponse<String> response = bella.post("/api/calls/" + callSid + "/rerun");
                long millis = (System.nanoTime() - began) / 1_000_000;
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                JsonNode comparison = tree(response.body());
                System.out.printf("re-run of %s (%d answers) took %d ms%n", callSid, words.size() - 1, millis);

                assertThat(comparison.get("firstDifference").isNull()).as(response.body()).isTrue();
                assertThat(said(comparison.get("original"))).as(callSid).isEqualTo(words);
                assertThat(comparison.get("rerun")).isEqualTo(comparison.get("original"));
                assertThat(comparison.get("original").get(0).get("turn").asInt()).isZero();
                assertThat(comparison.get("original").get(0).get("heard").isNull()).isTrue();
            });
        }
    }

    @Test
    void aRerunLeavesTheEventStoreAndTheReadModelsAsTheyWere() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), Map.of())) {
            String booked = bookThursdayAtTwo(bella, "CA00000000000000000000000000000b01", ANN, "Ann Lee").get(0);
            String march = "?from=2026-03-01&to=2026-03-31";
            List<String> views = List.of("/api/appointments" + march, "/api/calls" + march,
                    "/api/analytics/conversion" + march, "/api/calls/" + booked + "/events");
            bella.awaitGet("/api/projections", body -> caughtUp(tree(body)));
            Map<String, String> before = read(bella, views);
            long head = tree(bella.get("/api/projections").body()).get(0).get("head").asLong();

            for (int i = 0; i < 2; i++) {
                assertThat(bella.post("/api/calls/" + booked + "/rerun").statusCode()).isEqualTo(200);
            }

            JsonNode projections = tree(bella.get("/api/projections").body());
            assertThat(projections.findValues("head")).allMatch(value -> value.asLong() == head);
            assertThat(caughtUp(projections)).isTrue();
            assertThat(read(bella, views)).isEqualTo(before);
            assertThat(tree(before.get(views.get(0)))).hasSize(1);
        }
    }

    @Test
    void aRuleChangedSinceTheCallShowsAtTheTurnItChanges() {
        Path database = data.resolve("bella.db");
        String callSid = "CA00000000000000000000000000000c01";
        try (RunningBella bella = RunningBella.start(database, Map.of())) {
            bookThursdayAtTwo(bella, callSid, ANN, "Ann Lee");
        }
        // Thursdays closed since: the re-run is told so where the call was asked its name
        try (RunningBella bella = RunningBella.start(database, Map.of("BUSINESS_OPEN_DAYS", "MON-WED,FRI"))) {
            JsonNode comparison = tree(bella.post("/api/calls/" + callSid + "/rerun").body());

            assertThat(comparison.get("firstDifference").asInt()).isEqualTo(2);
            assertThat(comparison.get("original").get(2).get("said").asText()).contains("your name");
            assertThat(comparison.get("rerun").get(2).get("said").asText()).contains("We're closed that day.");
            assertThat(comparison.get("rerun").get(1)).isEqualTo(comparison.get("original").get(1));

            var out = new ByteArrayOutputStream();
            assertThat(command(out, "rerun", callSid, "--url", bella.base())).isZero();
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed).startsWith("call " + callSid + ": today's code differs from step 2 on (marked >)");
            assertThat(printed.lines().filter(line -> line.startsWith(">"))).singleElement().asString()
                    .startsWith(">    2  Thursday at 2 pm          May I have your name, please?")
                    .endsWith("We're closed that day. I have 9, 9:30 or");
        }
    }

    @Test
    void anAnswerReadDifferentlyShowsWhereTheCallWouldHaveGoneAnotherWay() {
        Path database = data.resolve("bella.db");
        String callSid = "CA00000000000000000000000000000c02";
        try (RunningBella bella = RunningBella.start(database, Map.of())) {
            bookThursdayAtTwo(bella, callSid, ANN, "Ann Lee");
        }
        // the recorded answer to "what day and time?" altered (written in the clear, as earlier versions stored
        // words, which still read): the name is still asked, the read-back tells
        var sqlite = new SQLiteDataSource();
        sqlite.setUrl("jdbc:sqlite:" + database);
        int altered = new JdbcTemplate(sqlite).update("UPDATE DomainEventEntry SET payload = CAST(json_set(CAST("
                + "payload AS TEXT), '$.text', 'Friday at 2 pm') AS BLOB) WHERE aggregateIdentifier = ? "
                + "AND payloadType = 'bella.domain.call.UtteranceHeard' "
                + "AND json_extract(CAST(payload AS TEXT), '$.turn') = 2", callSid);
        assertThat(altered).isEqualTo(1);
        try (RunningBella bella = RunningBella.start(database, Map.of())) {
            JsonNode comparison = tree(bella.post("/api/calls/" + callSid + "/rerun").body());

            assertThat(comparison.get("firstDifference").asInt()).isEqualTo(3);
            assertThat(comparison.get("rerun").get(2).get("heard").asText()).isEqualTo("Friday at 2 pm");
            assertThat(comparison.get("rerun").get(3).get("said").asText()).contains("on Friday, March 6th at 2 PM");
            assertThat(comparison.get("original").get(3).get("said").asText())
                    .contains("on Thursday, March 5th at 2 PM");
        }
    }

    @Test
    void aCallRerunInTheWordingItWasGivenWhateverTheVariantsTriedToday() {
        Path database = data.resolve("bella.db");
        Map<String, List<String>> heard = new LinkedHashMap<>();
        try (RunningBella bella = RunningBella.start(database, Map.of(
                "PROMPT_VARIANTS", "warm, plain",
                "PROMPT_VARIANT_WARM_GREETING", "Hi, you've reached {business}! How can I help?",
                "PROMPT_VARIANT_WARM_READBACK", "question",
                "PROMPT_VARIANT_PLAIN_GREETING", "{business}, good morning.",
                "PROMPT_VARIANT_PLAIN_READBACK", "checklist"))) {
            List<String> days = List.of("Wednesday", "Thursday", "Friday", "Monday");
            for (int i = 0; i < days.size(); i++) {
                List<String> said = book(bella, "CA00000000000000000000000000000d0" + i, "+1416555050" + i,
                        "Ann Lee", days.get(i) + " at 2 pm");
                heard.put(said.get(0), said.subList(1, said.size()));
            }
        }
        assertThat(heard.values()).extracting(said -> said.get(0).substring(0, 12)).contains("Hi, you've r",
                "Maple Dental");
        try (RunningBella bella = RunningBella.start(database, Map.of())) {
            heard.forEach((callSid, words) -> {
                JsonNode comparison = tree(bella.post("/api/calls/" + callSid + "/rerun").body());
                assertThat(comparison.get("firstDifference").isNull()).as(comparison.toString()).isTrue();
                assertThat(said(comparison.get("original"))).isEqualTo(words);
            });
        }
    }

    @Test
    void anUnknownCallIsNotFound() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), Map.of())) {
            String appointment = "appointment-" + UUID.nameUUIDFromBytes(new byte[0]);
            for (String sid : List.of("CA-never-called", appointment)) {
                HttpResponse<String> response = bella.post("/api/calls/" + sid + "/rerun");
                assertThat(response.statusCode()).isEqualTo(404);
                assertThat(response.body()).isEqualTo("{\"error\":\"no such call\"}");
            }
            var err = new ByteArrayOutputStream();
            assertThat(command(err, "rerun", "CA-never-called", "--url", bella.base())).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("Bella refused: no such call\n");
        }
    }

    /**
     * Calls of Tuesday 3 March: a booking, a second caller asking for the time the first took, the hours, the first
     * caller cancelling, a caller hanging up at the offer, one booking on the keypad, one Bella gives up on, and a
     * time taken by another caller between the read-back and the yes. Each call's words, greeting first, by sid.
     */
    private static Map<String, List<String>> placeEveryKindOfCall(RunningBella bella) {
        Map<String, List<String>> heard = new LinkedHashMap<>();
        heard.put("CA00000000000000000000000000000a01",
                bookThursdayAtTwo(bella, "CA00000000000000000000000000000a01", ANN, "Ann Lee").subList(1, 6));
        heard.put("CA00000000000000000000000000000a02", call(bella, "CA00000000000000000000000000000a02",
                "+14165550402", caller -> List.of(
                        caller.say("I'd like to book"),
                        says(caller.say("Thursday at 2 pm"), "That time is already booked."),
                        caller.say("anything later?"),
                        caller.say("the first one"),
                        caller.say("Bob Stone"),
                        says(caller.say("yes"), "You're booked"))));
        heard.put("CA00000000000000000000000000000a03", call(bella, "CA00000000000000000000000000000a03",
                "+14165550403", caller -> List.of(says(caller.say("what are your hours?"), "Monday to Friday"))));
        heard.put("CA00000000000000000000000000000a04", call(bella, "CA00000000000000000000000000000a04", ANN,
                caller -> List.of(
                        says(caller.say("I need to cancel my appointment"), "Shall I cancel it?"),
                        says(caller.say("yes"), "is cancelled"))));
        heard.put("CA00000000000000000000000000000a05", call(bella, "CA00000000000000000000000000000a05",
                "+14165550405", caller -> List.of(
                        caller.say("I'd like to book"),
                        says(caller.say("Friday"), "I have 9, 9:30 or 10 AM"))));
        heard.put("CA00000000000000000000000000000a06", call(bella, "CA00000000000000000000000000000a06",
                "+14165550406", caller -> List.of(
                        caller.press("1"),
                        caller.say("Monday at 11"),
                        caller.say("Cy Young"),
                        says(caller.press("1"), "You're booked"))));
        heard.put("CA00000000000000000000000000000a07", call(bella, "CA00000000000000000000000000000a07",
                "+14165550407", caller -> List.of(
                        caller.stayQuiet(),
                        caller.say("purple elephants"),
                        says(caller.stayQuiet(), "I'm having trouble understanding you"))));
        takenWhileTheCallerWasAsked(bella, heard);
        return heard;
    }

    /**
     * A caller is read back Friday at 3 PM; meanwhile another books it; the first says yes and hears it was just
     * taken. Each call's re-run sees the other's booking from the turn after it was made, and not before.
     */
    private static void takenWhileTheCallerWasAsked(RunningBella bella, Map<String, List<String>> heard) {
        String first = "CA00000000000000000000000000000a08";
        String second = "CA00000000000000000000000000000a09";
        TwilioCaller caller = bella.caller(first, "+14165550408");
        List<String> said = new ArrayList<>(List.of(caller.dial(), caller.say("I'd like to book"),
                caller.say("Friday at 3 pm"), says(caller.say("Dee Park"), "Shall I book it?")));
        heard.put(second, call(bella, second, "+14165550409", other -> List.of(
                other.say("Friday at 3 pm"),
                other.say("Eve Moss"),
                says(other.say("yes"), "You're booked"))));
        said.add(says(caller.say("yes"), "That time is already booked."));
        caller.hangUp(50);
        heard.put(first, said);
    }

    /** Books Thursday 5 March at 2 PM: the call's sid, then each thing Bella said, greeting first. */
    private static List<String> bookThursdayAtTwo(RunningBella bella, String callSid, String from, String name) {
        return book(bella, callSid, from, name, "Thursday at 2 pm");
    }

    private static List<String> book(RunningBella bella, String callSid, String from, String name, String time) {
        List<String> said = new ArrayList<>(List.of(callSid));
        said.addAll(call(bella, callSid, from, caller -> List.of(
                caller.say("I'd like to book an appointment"),
                caller.say(time),
                caller.say("my name is " + name),
                says(caller.say("yes please"), "You're booked"))));
        return said;
    }

    /** Dials, answers as told, hangs up; what Bella said, greeting first. */
    private static List<String> call(RunningBella bella, String callSid, String from,
                                     Function<TwilioCaller, List<String>> answers) {
        TwilioCaller caller = bella.caller(callSid, from);
        List<String> said = new ArrayList<>(List.of(caller.dial()));
        said.addAll(answers.apply(caller));
        caller.hangUp(40);
        return said;
    }

    /** Runs a command of the command line; both its output and its errors go to {@code printed}. */
    private static int command(ByteArrayOutputStream printed, String... args) {
        var stream = new PrintStream(printed, true, StandardCharsets.UTF_8);
        return CommandLine.run(args, new Shell(new ByteArrayInputStream(new byte[0]), stream, stream, Map.of(), false,
                Clock.systemUTC()));
    }

    private static String says(String said, String expected) {
        assertThat(said).contains(expected);
        return said;
    }

    private static List<String> said(JsonNode steps) {
        List<String> said = new ArrayList<>();
        steps.forEach(step -> said.add(step.get("said").asText()));
        return said;
    }

    private static boolean caughtUp(JsonNode projections) {
        for (JsonNode projection : projections) {
            if (projection.get("position").isNull()
                    || projection.get("position").asLong() != projection.get("head").asLong()) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> read(RunningBella bella, List<String> paths) {
        Map<String, String> bodies = new LinkedHashMap<>();
        paths.forEach(path -> bodies.put(path, bella.get(path).body()));
        return bodies;
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(json, e);
        }
    }
}
