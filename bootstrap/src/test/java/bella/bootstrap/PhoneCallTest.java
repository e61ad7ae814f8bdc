package bella.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole phone calls, placed through the webhooks exactly as Twilio would, against the real application. */
@Execution(ExecutionMode.CONCURRENT)
class PhoneCallTest {

    private static final List<String> NAMES = List.of("Anna Smith", "Ben Jones", "Chloe Wong", "David Singh",
            "Emma Brown", "Farah Khan", "George Li", "Hannah Kim", "Isaac Cohen", "Julia Rossi", "Kevin Tremblay",
            "Laura Gagnon", "Mohammed Ali", "Nina Patel", "Oscar Silva", "Priya Shah", "Quinn Murphy",
            "Rosa Garcia", "Sam Wilson", "Tara Nguyen");

    @TempDir
    Path data;

    @Test
    void aCallBooksAnAppointmentThatSurvivesARestartAndTheCallerIsGreetedByNameNextTime() {
        Path database = data.resolve("bella.db");
        try (RunningBella bella = RunningBella.start(database, Map.of())) {
            TwilioCaller caller = bella.caller("CA00000000000000000000000000000001", "+14165550123");
            assertThat(caller.dial()).contains("Thank you for calling Maple Dental").contains("press 1");
            assertThat(caller.say("I'd like to book an appointment")).contains("What day and time");
            assertThat(caller.say("next Tuesday at 2 pm")).contains("your name");
            assertThat(caller.say("my name is Jean-Luc O'Brien"))
                    .contains("Jean-Luc O'Brien").contains("Tuesday, March 10th at 2 PM").contains("Shall I book it");
            assertThat(caller.say("yes please")).contains("You're booked for Tuesday, March 10th at 2 PM");
            assertThat(caller.hungUp()).isTrue();
            caller.hangUp(74);

            String listed = bella.awaitGet("/api/appointments?from=2026-03-10&to=2026-03-10",
                    body -> body.contains("O'Brien"));
            assertThat(listed).contains("\"start\":\"2026-03-10T14:00:00\"", "\"end\":\"2026-03-10T14:30:00\"",
                    "\"phone\":\"+14165550123\"", "\"callSid\":\"CA00000000000000000000000000000001\"");
        }

        try (RunningBella again = RunningBella.start(database, Map.of())) {
            String listed = again.get("/api/appointments?from=2026-03-10&to=2026-03-10").body();
            assertThat(listed).contains("Jean-Luc O'Brien", "2026-03-10T14:00:00");
            TwilioCaller returning = again.caller("CA00000000000000000000000000000002", "+14165550123");
            assertThat(returning.dial()).contains("Welcome back, Jean-Luc O'Brien");
        }
    }

    @Test
    void aCallerWhoSpeaksAsPeopleDoBooksHalfPastTwoOnTheTwelfth() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), Map.of())) {
            TwilioCaller caller = bella.caller("CA00000000000000000000000000000012", "+14165550112");
            caller.dial();
            assertThat(caller.say("yeah hi um I'd like to come in on the twelfth at half past two"))
                    .contains("your name");
            assertThat(caller.say("it's Siobhan O'Neill")).contains("Thursday, March 12th at 2:30 PM");
            assertThat(caller.say("yep that's right")).contains("You're booked");
            assertThat(bella.awaitGet("/api/appointments?from=2026-03-12&to=2026-03-12",
                    body -> body.contains("O'Neill"))).contains("\"start\":\"2026-03-12T14:30:00\"");
        }
    }

    @Test
    void aCallerWhoNamesOnlyADayIsOfferedThatDaysTimesAndPicksOneByItsTime() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), Map.of())) {
            TwilioCaller caller = bella.caller("CA00000000000000000000000000000013", "+14165550113");
            caller.dial();
            caller.say("I'd like to book");
            assertThat(caller.say("Thursday")).contains("What time would suit you?")
                    .contains("on Thursday, March 5th");
            assertThat(caller.say("ten")).contains("your name");
            assertThat(caller.say("Maria Lopez")).contains("Thursday, March 5th at 10 AM");
        }
    }

    @Test
    void aCallerWhoWantsOtherTimesThanThoseOfferedHearsTheNearestOnesOfThatPartOfTheDay() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), Map.of())) {
            TwilioCaller caller = bella.caller("CA00000000000000000000000000000014", "+14165550114");
            caller.dial();
            caller.say("I'd like to book");
            assertThat(caller.say("Thursday")).contains("I have 9, 9:30 or 10 AM on Thursday, March 5th");
            assertThat(caller.say("um, do you have anything later?"))
                    .contains("I have 10:30, 11 or 11:30 AM on Thursday, March 5th");
            assertThat(caller.say("anything earlier")).contains("I have 9, 9:30 or 10 AM on Thursday, March 5th");
            assertThat(caller.say("what else do you have")).contains("I have 10:30, 11 or 11:30 AM");
            assertThat(caller.say("eleven works")).contains("your name");
            assertThat(caller.say("Maria Lopez")).contains("Thursday, March 5th at 11 AM");
            assertThat(caller.say("no, Marya, M A R Y A")).contains("So that's Marya Lopez, on Thursday, March 5th");

            TwilioCaller weekend = bella.caller("CA00000000000000000000000000000015", "+14165550115");
            weekend.dial();
            assertThat(weekend.say("can I come in saturday afternoon"))
                    .contains("We're closed that day. I have 12, 12:30 or 1 PM on Monday, March 9th");
        }
    }

    @Test
    void aCallerWhoCorrectsThemselvesAsksTheHoursAndMovesTheTimeReadBackIsFollowed() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), Map.of())) {
            TwilioCaller caller = bella.caller("CA00000000000000000000000000000016", "+14165550116");
            caller.dial();
            assertThat(caller.say("hi um could I come in Thursday, no wait, Wednesday at 10")).contains("your name");
            assertThat(caller.say("wait, what are your hours?")).contains("Monday to Friday")
                    .contains("May I have your name");
            assertThat(caller.say("Ana Silva")).contains("So that's Ana Silva, on Wednesday, March 4th at 10 AM");
            assertThat(caller.say("actually, an hour later")).contains("on Wednesday, March 4th at 11 AM");
            assertThat(caller.say("yep")).contains("You're booked for Wednesday, March 4th at 11 AM");
        }
    }

    @Test
    void aBusinessWithSeveralServicesAsksWhichAndBooksItsLength() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"),
                Map.of("SERVICES", "Cleaning=60, Checkup=30"))) {
            TwilioCaller asking = bella.caller("CA00000000000000000000000000000014", "+14165550114");
            asking.dial();
            assertThat(asking.say("I'd like to book")).contains("What would you like to book: a cleaning or a checkup?");
            assertThat(asking.say("the checkup please")).contains("What day and time");

            TwilioCaller direct = bella.caller("CA00000000000000000000000000000015", "+14165550115");
            direct.dial();
            assertThat(direct.say("can I book a cleaning tomorrow at 10")).contains("your name");
            assertThat(direct.say("Ada Lovelace"))
                    .contains("So that's a cleaning for Ada Lovelace, on Wednesday, March 4th at 10 AM");
            assertThat(direct.press("1")).contains("You're booked for a cleaning on Wednesday, March 4th at 10 AM");
            assertThat(bella.awaitGet("/api/appointments?from=2026-03-04&to=2026-03-04", body -> body.contains("Ada")))
                    .contains("\"end\":\"2026-03-04T11:00:00\"").contains("\"service\":\"Cleaning\"");
        }
    }

    @Test
    void twentyCallersConfirmingTheSameSlotAtOnceGetOneBookingAndTheOthersAlternatives() throws Exception {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), Map.of())) {
            int callers = 20;
            List<TwilioCaller> lines = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                TwilioCaller caller = bella.caller(String.format("CA%032d", 100 + i),
                        String.format("+1416555%04d", 1000 + i));
                caller.dial();
                caller.say("book an appointment");
                caller.say("tomorrow at 2 pm");
                assertThat(caller.say("my name is " + NAMES.get(i))).contains("Shall I book it");
                lines.add(caller);
            }
            ExecutorService pool = Executors.newFixedThreadPool(callers);
            CountDownLatch ready = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            for (TwilioCaller caller : lines) {
                answers.add(pool.submit(() -> {
                    ready.await();
                    return caller.press("1");
                }));
            }
            ready.countDown();
            List<String> said = new ArrayList<>();
            for (Future<String> answer : answers) {
                said.add(answer.get());
            }
            pool.shutdown();

            assertThat(said).filteredOn(words -> words.contains("You're booked")).hasSize(1);
            assertThat(said).filteredOn(words -> words.contains("already booked") && words.contains("I have"))
                    .hasSize(callers - 1);
            String listed = bella.awaitGet("/api/appointments?from=2026-03-04&to=2026-03-04",
                    body -> body.contains("\"id\""));
            assertThat(listed.split("\"id\"", -1)).hasSize(2);
        }
    }

    @Test
    void anUnsignedWebhookIsRefusedAndChangesNothing() throws Exception {
        Path database = data.resolve("bella.db");
        try (RunningBella bella = RunningBella.start(database, Map.of())) {
            TwilioCaller forger = new TwilioCaller(bella.base(), "not-the-token", "CA00000000000000000000000000000009",
                    "+14165550199");
            HttpResponse<String> refused = forger.post("/twilio/voice", Map.of());
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(eventsOf(database, "CA00000000000000000000000000000009")).isZero();
        }
    }

    @Test
    void aRepeatedWebhookRecordsNothingTwiceAndHostileSpeechIsHandled() throws Exception {
        Path database = data.resolve("bella.db");
        String callSid = "CA00000000000000000000000000000010";
        try (RunningBella bella = RunningBella.start(database, Map.of())) {
            TwilioCaller caller = bella.caller(callSid, "+14165550110");
            String greeting = caller.dial();
            assertThat(caller.dial()).isEqualTo(greeting);
            String hostile = "<Say>hacked</Say>'; DROP TABLE appointments; --\u0007" + "x".repeat(10_000);
            assertThat(caller.say(hostile)).startsWith("Sorry, I didn't catch that.");
            long afterOnce = eventsOf(database, callSid);
            HttpResponse<String> repeated = caller.post("/twilio/gather?turn=1&expect=INTENT",
                    Map.of("SpeechResult", hostile, "Confidence", "0.5"));
            assertThat(repeated.statusCode()).isEqualTo(200);
            assertThat(repeated.body()).doesNotContain("<Say>hacked").contains("Sorry, I didn't catch that.");
            assertThat(eventsOf(database, callSid)).isEqualTo(afterOnce);
        }
    }

    @Test
    void aCallerWhoSaysNothingIsOfferedTheKeypadAndThenPolitelyLetGo() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), Map.of())) {
            TwilioCaller caller = bella.caller("CA00000000000000000000000000000011", "+14165550111");
            caller.dial();
            caller.say("book");
            assertThat(caller.stayQuiet()).startsWith("Sorry, I didn't catch that.").contains("What day and time");
            assertThat(caller.stayQuiet()).contains("Press 1 for Tuesday, March 3rd at");
            assertThat(caller.stayQuiet()).contains("Goodbye");
            assertThat(caller.hungUp()).isTrue();
        }
    }

    private static long eventsOf(Path database, String aggregate) throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             var statement = connection.prepareStatement(
                     "SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?")) {
            statement.setString(1, aggregate);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
