package bella.bootstrap;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PostgreSQL server lost while Bella runs, and found again: readiness turns down and back up, liveness stays up,
 * and a caller meanwhile hears an apology, logged in one line, never an error page. The server is reached through a
 * relay the test cuts. Runs where {@value PostgresqlDatabase#SERVER} names a server.
 */
class DatabaseLostTest {

    private static final Pattern HOST_AND_PORT = Pattern.compile("^jdbc:postgresql://([^:/]+):(\\d+)(/.*)$");

    private PostgresqlDatabase database;

    @BeforeEach
    void database() {
        database = PostgresqlDatabase.create();
    }

    /** Nothing to drop when no server was named and the test was skipped. */
    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void whileTheDatabaseIsLostReadinessIsDownAndCallersHearAnApologyThenAllComesBack() throws Exception {
        Matcher url = HOST_AND_PORT.matcher(database.url());
        assertThat(url.matches()).as(database.url()).isTrue();
        try (TcpProxy proxy = new TcpProxy(url.group(1), Integer.parseInt(url.group(2)));
             RunningBella bella = RunningBella.start("jdbc:postgresql://127.0.0.1:" + proxy.port() + url.group(3),
                     Map.of())) {
            assertThat(bella.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
            TwilioCaller caller = bella.caller("CA00000000000000000000000000000f01", "+14165550701");
            assertThat(caller.dial()).contains("Maple Dental");
            Logger webhooksLog = (Logger) LoggerFactory.getLogger("bella.adapters.twilio.VoiceWebhooks");
            ListAppender<ILoggingEvent> webhookLines = new ListAppender<>();
            webhookLines.start();
            webhooksLog.addAppender(webhookLines);

            proxy.cut();

            assertThat(await(bella, "/actuator/health/readiness", response -> response.statusCode() == 503).body())
                    .contains("\"status\":\"DOWN\"");
            assertThat(bella.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
            HttpResponse<String> answer = caller.post("/twilio/gather?turn=1&expect=INTENT",
                    Map.of("SpeechResult", "I'd like to book", "Confidence", "0.9"));
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/xml"));
            assertThat(answer.body()).contains("<Say>I'm sorry, something went wrong on our side.", "<Hangup/>");
            webhooksLog.detachAppender(webhookLines);
            assertThat(webhookLines.list).singleElement().satisfies(line -> {
                assertThat(line.getFormattedMessage()).startsWith("A webhook failed on the database; the caller "
                        + "hears an apology (/twilio/gather: ");
                assertThat(line.getThrowableProxy()).isNull();
            });

            proxy.restore();

            await(bella, "/actuator/health/readiness", response -> response.statusCode() == 200);
            TwilioCaller next = bella.caller("CA00000000000000000000000000000f02", "+14165550702");
            assertThat(next.dial()).contains("Maple Dental");
        }
    }

    /** Asks until the answer is as expected: a bound on a failure, never a wait on success. */
    private static HttpResponse<String> await(RunningBella bella, String path,
                                              Predicate<HttpResponse<String>> expected) throws InterruptedException {
        Instant giveUp = Instant.now().plus(RunningBella.PATIENCE);
        HttpResponse<String> response = bella.get(path);
        while (!expected.test(response) && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
            response = bella.get(path);
        }
        assertThat(expected.test(response)).as(path + " answered " + response.statusCode() + " "
                + response.body()).isTrue();
        return response;
    }
}
