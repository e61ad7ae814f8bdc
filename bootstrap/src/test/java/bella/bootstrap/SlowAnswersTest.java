package bella.bootstrap;

import bella.application.conversation.WorkAbandoned;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A webhook whose work cannot be done while the caller can wait: the test holds SQLite's one writing connection, so
 * the work queues for it, and tells the caller's patience when it runs out. The caller hears an apology and the same
 * question under the same turn (or, for the greeting, a word and the call placed again); the work, once the database
 * is free again, records nothing; the caller's next answer is taken as if the first had never been.
 */
@Execution(ExecutionMode.CONCURRENT)
class SlowAnswersTest {

    private static final String BOOKING = "CA00000000000000000000000000000950";
    private static final String GREETED = "CA00000000000000000000000000000951";

    @TempDir
    Path data;

    @Test
    void aGreetingNotMadeInTimeAsksTheCallerToHoldOnAndPlacesTheCallAgain() throws Exception {
        Path database = data.resolve("bella.db");
        try (RunningBella bella = RunningBella.start(database, Map.of())) {
            CallerPatience patience = bella.bean(CallerPatience.class);
            TwilioCaller caller = bella.caller(GREETED, "+14165550951");

            String holdOn = late(bella, patience, caller::dial);

            assertThat(holdOn).isEqualTo("Thank you for calling. One moment, please.");
            awaitEnd(patience.givenUp.get(0));
            assertThat(recorded(database, GREETED, "CallStarted")).isZero();

            assertThat(caller.stayQuiet()).contains("Maple Dental");
            assertThat(recorded(database, GREETED, "CallStarted")).isEqualTo(1);
        }
    }

    @Test
    void aTurnNotDoneInTimeIsApologisedForAskedAgainAndLeavesNoTrace() throws Exception {
        Path database = data.resolve("bella.db");
        try (RunningBella bella = RunningBella.start(database, Map.of())) {
            CallerPatience patience = bella.bean(CallerPatience.class);
            TwilioCaller caller = bella.caller(BOOKING, "+14165550950");
            caller.dial();
            caller.say("I'd like to book an appointment");
            String asked = caller.action();

            String apology = late(bella, patience, () -> caller.say("Thursday at 2 pm"));

            assertThat(apology).contains("I'm sorry").contains("once more");
            assertThat(caller.action()).isEqualTo(asked);
            awaitEnd(patience.givenUp.get(0));
            assertThat(recorded(database, BOOKING, "UtteranceHeard")).isEqualTo(1);

            assertThat(caller.say("Thursday at 2 pm")).contains("your name");
            caller.say("my name is Alex Martin");
            assertThat(caller.press("1")).contains("You're booked for Thursday, March 5th at 2 PM");
            assertThat(recorded(database, BOOKING, "UtteranceHeard")).isEqualTo(4);
        }
    }

    /**
     * What the caller hears when the webhook's work queues behind SQLite's one writing connection, which the test
     * holds, and the caller's patience runs out meanwhile; the patience is restored for the rest of the call.
     */
    private static String late(RunningBella bella, CallerPatience patience, Supplier<String> webhook)
            throws Exception {
        try (Connection held = bella.bean(DataSource.class).getConnection()) {
            held.createStatement().close(); // the writer is taken at a connection's first statement
            CompletableFuture<String> heard = CompletableFuture.supplyAsync(webhook);
            patience.runOut();
            return heard.get(RunningBella.PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } finally {
            patience.restore();
        }
    }

    /** Waits, boundedly, for work given up on to end: it fails, since it may no longer commit. */
    private static void awaitEnd(Future<?> work) throws Exception {
        try {
            work.get(RunningBella.PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException refused) {
            assertThat(refused).hasRootCauseInstanceOf(WorkAbandoned.class);
        }
    }

    /** How many events of a kind the store holds for a call. */
    private static long recorded(Path database, String call, String event) throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             var statement = connection.prepareStatement("SELECT COUNT(*) FROM DomainEventEntry "
                     + "WHERE aggregateIdentifier = ? AND payloadType LIKE ?")) {
            statement.setString(1, call);
            statement.setString(2, "%." + event);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
