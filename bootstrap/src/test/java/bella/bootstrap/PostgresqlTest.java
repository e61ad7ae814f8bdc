package bella.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bella on a real PostgreSQL server: whole calls, an upgrade from the first schema, and two processes on one
 * database sharing the event processors and racing for one slot. Runs where {@value PostgresqlDatabase#SERVER}
 * names a server (see {@link PostgresqlDatabase}).
 */
class PostgresqlTest {

    private static final String MARCH = "/api/appointments?from=2026-03-01&to=2026-03-31";
    private static final List<String> NAMES = List.of("Anna Smith", "Ben Jones", "Chloe Wong", "David Singh",
            "Emma Brown", "Farah Khan", "George Li", "Hannah Kim", "Isaac Cohen", "Julia Rossi", "Kevin Tremblay",
            "Laura Gagnon", "Mohammed Ali", "Nina Patel", "Oscar Silva", "Priya Shah", "Quinn Murphy",
            "Rosa Garcia", "Sam Wilson", "Tara Nguyen");

    private PostgresqlDatabase database;

    @BeforeEach
    void database() {
        database = PostgresqlDatabase.create();
    }

    // also runs after a skipped or failed start, when there is no database
    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aWholeCallBooksAnAppointmentThatSurvivesARestartAndTheCallerIsGreetedByNameNextTime() {
        try (RunningBella bella = RunningBella.start(database.url(), Map.of())) {
            TwilioCaller caller = bella.caller("CA00000000000000000000000000000001", "+14165550123");
            assertThat(caller.dial()).contains("Thank you for calling Maple Dental");
            assertThat(caller.say("I'd like to book an appointment")).contains("What day and time");
            assertThat(caller.say("next Tuesday at 2 pm")).contains("your name");
            assertThat(caller.say("my name is Jean-Luc O'Brien")).contains("Tuesday, March 10th at 2 PM");
            assertThat(caller.say("yes please")).contains("You're booked for Tuesday, March 10th at 2 PM");
            caller.hangUp(74);

            assertThat(bella.awaitGet(MARCH, body -> body.contains("O'Brien")))
                    .contains("\"start\":\"2026-03-10T14:00:00\"", "\"phone\":\"+14165550123\"");
            assertThat(bookedCalls(bella, 1)).isEqualTo(1);
            assertThat(bella.get("/healthz").body()).contains("\"ok\"");
        }
        try (RunningBella again = RunningBella.start(database.url(), Map.of())) {
            assertThat(again.get(MARCH).body()).contains("Jean-Luc O'Brien", "2026-03-10T14:00:00");
            assertThat(again.caller("CA00000000000000000000000000000002", "+14165550123").dial())
                    .contains("Welcome back, Jean-Luc O'Brien");
        }
        assertThat(database.jdbc().queryForObject("SELECT COUNT(*) FROM DeadLetterEntry", Long.class)).isZero();
    }

    @Test
    void givenTheFirstSchemaWithItsBookings_whenThisVersionStarts_thenItMigratesFindsEveryBookingAndBooksMore()
            throws Exception {
        database.load("upgrade/first-schema-with-bookings-postgresql.sql");

        try (RunningBella bella = RunningBella.start(database.url(), Map.of())) {
            String march = bella.awaitGet(MARCH, body -> body.contains("Ayesha Siddiqui")
                    && body.contains("Maria Lopez") && body.contains("Jean-Luc O'Brien"));
            assertThat(march).contains("2026-03-04T10:00:00", "2026-03-06T15:00:00", "2026-03-10T14:30:00");

            TwilioCaller caller = bella.caller("CA00000000000000000000000000000301", "+14165550199");
            caller.dial();
            caller.say("I'd like to book an appointment");
            caller.say("Thursday at 11 am");
            caller.say("this is Grace Hopper");
            assertThat(caller.press("1")).contains("You're booked for Thursday, March 5th at 11 AM");
            assertThat(bella.awaitGet(MARCH, body -> body.contains("Grace Hopper")).split("\"status\":\"booked\"", -1))
                    .hasSize(5);
            assertThat(bella.get("/api/projections/dead-letters").body()).isEqualTo("[]");
        }
        assertThat(history()).containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
        // the new event follows the old ones in the global index the tracking processors read by
        assertThat(database.jdbc().queryForObject("SELECT MIN(globalIndex) FROM DomainEventEntry "
                + "WHERE aggregateIdentifier = 'CA00000000000000000000000000000301'", Long.class)).isGreaterThan(45);

        try (RunningBella again = RunningBella.start(database.url(), Map.of())) {
            assertThat(again.awaitGet(MARCH, body -> body.contains("Grace Hopper")).split("\"status\":\"booked\"", -1))
                    .hasSize(5);
        }
        assertThat(history()).containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
    }

    @Test
    void aBookingTheReadModelRefusesIsParkedWhileLaterOnesGoOnAndAppliedOnceFixed() {
        String deadLetters = "/api/projections/dead-letters";
        try (RunningBella bella = RunningBella.start(database.url(), Map.of())) {
            // a failure inside the read model's own write: PostgreSQL then refuses the rest of the transaction
            // unless the handler's savepoint undoes it
            database.jdbc().execute("ALTER TABLE appointments ADD CONSTRAINT refuse_grace "
                    + "CHECK (name <> 'Grace Hopper')");
            book(bella, 0, "Grace Hopper");
            book(bella, 1, "Maria Lopez");

            assertThat(bella.awaitGet(MARCH, body -> body.contains("Maria Lopez"))).doesNotContain("Grace Hopper");
            assertThat(bella.awaitGet(deadLetters, body -> body.contains("AppointmentBooked")))
                    .contains("\"processingGroup\":\"appointments\"", "refuse_grace").doesNotContain("Maria");
            assertThat(bella.post(deadLetters + "/retry").body()).isEqualTo("{\"applied\":0,\"stillParked\":1}");

            database.jdbc().execute("ALTER TABLE appointments DROP CONSTRAINT refuse_grace");
            assertThat(bella.post(deadLetters + "/retry").body()).isEqualTo("{\"applied\":1,\"stillParked\":0}");
            assertThat(bella.get(MARCH).body()).contains("Grace Hopper", "Maria Lopez");
            assertThat(bella.get(deadLetters).body()).isEqualTo("[]");
        }
    }

    @Test
    void twoProcessesOnOneDatabaseShareTheProjectionsAndHandleEachEventOnce() {
        int calls = 12;
        try (RunningBella one = RunningBella.start(database.url(), Map.of("BELLA_NODE_ID", "reception-1"));
             RunningBella two = RunningBella.start(database.url(), Map.of("BELLA_NODE_ID", "reception-2"))) {
            List<RunningBella> processes = List.of(one, two);
            // calls alternate between the processes, as a proxy in front of both would send them
            for (int call = 0; call < calls; call++) {
                book(processes.get(call % 2), call, NAMES.get(call));
            }
            for (RunningBella process : processes) {
                assertThat(process.awaitGet(MARCH, body -> NAMES.subList(0, calls).stream().allMatch(body::contains))
                        .split("\"status\":\"booked\"", -1)).hasSize(calls + 1);
            }
            assertThat(bookedCalls(one, calls)).isEqualTo(calls);

            var jdbc = database.jdbc();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM appointments", Long.class)).isEqualTo(calls);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customers", Long.class)).isEqualTo(calls);
            // an event handled twice would count its booking twice in the call's summary
            assertThat(jdbc.queryForList("SELECT bookings FROM call_summaries", Integer.class))
                    .hasSize(calls).containsOnly(1);
            assertThat(jdbc.queryForList("SELECT owner FROM TokenEntry", String.class))
                    .isNotEmpty().allMatch(owner -> "reception-1".equals(owner) || "reception-2".equals(owner));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DeadLetterEntry", Long.class)).isZero();

            one.close();
            // the survivor takes over every segment the stopped process held, and follows the events from there
            book(two, calls, NAMES.get(calls));
            assertThat(two.awaitGet(MARCH, body -> body.contains(NAMES.get(calls)))).contains(NAMES.get(calls));
            assertThat(bookedCalls(two, calls + 1)).isEqualTo(calls + 1);
            assertThat(eventually(() -> jdbc.queryForList("SELECT owner FROM TokenEntry", String.class),
                    owners -> owners.stream().allMatch("reception-2"::equals))).containsOnly("reception-2");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customers", Long.class)).isEqualTo(calls + 1);
            assertThat(jdbc.queryForList("SELECT bookings FROM call_summaries", Integer.class))
                    .hasSize(calls + 1).containsOnly(1);
        }
    }

    @Test
    void twentyCallersOnTwoProcessesConfirmingTheSameSlotGetOneBooking() throws Exception {
        int callers = 20;
        Logger retriesLog = (Logger) LoggerFactory.getLogger("org.axonframework.commandhandling.gateway");
        ListAppender<ILoggingEvent> retries = new ListAppender<>();
        try (RunningBella one = RunningBella.start(database.url(), Map.of());
             RunningBella two = RunningBella.start(database.url(), Map.of())) {
            List<TwilioCaller> lines = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                TwilioCaller caller = (i % 2 == 0 ? one : two).caller(String.format("CA%032d", 100 + i),
                        String.format("+1416555%04d", 1000 + i));
                caller.dial();
                caller.say("book an appointment");
                caller.say("tomorrow at 2 pm");
                assertThat(caller.say("my name is " + NAMES.get(i))).contains("Shall I book it");
                lines.add(caller);
            }
            // the gateway logs each retry; counted here, kept out of the build's output
            retriesLog.setLevel(Level.INFO);
            retriesLog.setAdditive(false);
            retries.start();
            retriesLog.addAppender(retries);
            List<String> said;
            Instant started = Instant.now();
            try {
                said = confirmAtOnce(lines);
            } finally {
                retriesLog.detachAppender(retries);
                retriesLog.setLevel(null);
                retriesLog.setAdditive(true);
            }
            Duration took = Duration.between(started, Instant.now());
            long retried = retries.list.stream().filter(line -> line.getMessage().contains("Will retry")).count();

            assertThat(said).filteredOn(words -> words.contains("You're booked")).hasSize(1);
            assertThat(said).filteredOn(words -> words.contains("already booked") && words.contains("I have"))
                    .hasSize(callers - 1);
            String listed = two.awaitGet("/api/appointments?from=2026-03-04&to=2026-03-04",
                    body -> body.contains("\"id\""));
            assertThat(listed.split("\"id\"", -1)).hasSize(2);
            assertThat(database.jdbc().queryForObject("SELECT COUNT(*) FROM DomainEventEntry "
                    + "WHERE payloadType LIKE '%SlotReserved'", Long.class)).isEqualTo(1);
            System.out.printf("Two processes on PostgreSQL, %d callers confirming one slot at once: %d ms, "
                    + "1 booking, %d command retries%n", callers, took.toMillis(), retried);
        }
    }

    /** Every caller presses 1 to confirm, all released at once; what each then hears. */
    private static List<String> confirmAtOnce(List<TwilioCaller> callers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers.size());
        CountDownLatch ready = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        for (TwilioCaller caller : callers) {
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
        return said;
    }

    /** A whole call that books the {@code call}-th of the hours from 9 AM to 4 PM on Thursday 5th, Friday 6th, … */
    private static void book(RunningBella bella, int call, String name) {
        int hour = 9 + call % 8;
        String time = hour < 12 ? hour + " am" : hour == 12 ? "noon" : hour - 12 + " pm";
        TwilioCaller caller = bella.caller(String.format("CA%032d", 500 + call), String.format("+1647555%04d", call));
        caller.dial();
        caller.say("I'd like to book an appointment");
        caller.say("March " + (5 + call / 8) + " at " + time);
        caller.say("my name is " + name);
        assertThat(caller.press("1")).contains("You're booked");
        caller.hangUp(60);
    }

    /** How many calls of March the call summaries show as booked, once they show {@code expected} or patience ends. */
    private static int bookedCalls(RunningBella bella, int expected) {
        String booked = "\"outcome\":\"booked\"";
        return bella.awaitGet("/api/calls?from=2026-03-01&to=2026-03-31",
                body -> body.split(booked, -1).length - 1 == expected).split(booked, -1).length - 1;
    }

    /** What {@code read} gives once it shows what is expected, or when patience runs out. */
    private static <T> T eventually(Supplier<T> read, Predicate<T> shows) {
        Instant giveUp = Instant.now().plus(RunningBella.PATIENCE);
        T value = read.get();
        while (!shows.test(value) && Instant.now().isBefore(giveUp)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = read.get();
        }
        return value;
    }

    private List<String> history() {
        return database.jdbc().queryForList(
                "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank", String.class);
    }
}
