package bella.bootstrap;

import bella.application.costs.CostAlerts;
import bella.bootstrap.cli.CommandLine;
import bella.bootstrap.cli.Shell;
import bella.domain.costs.CostAlertRaised;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls placed through the signed webhooks make the day's report and the month's costs, on the owner's API, the
 * command line and the dashboard; the month past its alert threshold raises one warning event and one log line,
 * and a rebuild of the usage recounts the same figures without warning again.
 */
class ReportAndCostsTest {

    private static final String API_KEY = "owner-key-0123456789";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path data;

    @Test
    void theDaysCallsMakeItsReportAndTheMonthsCostsWhichWarnOnceWhenPastTheThreshold() throws Exception {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), Map.of("API_KEY", API_KEY,
                "COST_PER_MINUTE_USD", "0.01", "COST_PER_TEXT_USD", "0.02", "COST_ALERT_USD", "0.015"))) {
            // once Bella has started: starting sets up logging anew
            Logger alertsLog = (Logger) LoggerFactory.getLogger(CostAlerts.class);
            ListAppender<ILoggingEvent> alerts = new ListAppender<>();
            alerts.start();
            alertsLog.addAppender(alerts);
            placeCalls(bella);

            String report = awaitOwner(bella, "/api/report?date=2026-03-03",
                    body -> body.contains("\"minutes\":3") && body.contains("hung_up"));
            assertThat(report).isEqualTo("{\"date\":\"2026-03-03\","
                    + "\"calls\":2,\"bookings\":1,\"conversionRate\":0.5,"
                    + "\"failures\":[{\"reason\":\"hung_up\",\"calls\":1}],\"minutes\":3,\"texts\":0}");
            assertThat(bella.get("/api/report").statusCode()).isEqualTo(401);
            String costs = owner(bella, "/api/costs?month=2026-03");
            assertThat(costs).isEqualTo("{\"month\":\"2026-03\",\"calls\":2,\"minutes\":3,\"texts\":0,"
                    + "\"perMinuteUsd\":0.01,\"perTextUsd\":0.02,\"voiceUsd\":0.03,\"textsUsd\":0.00,"
                    + "\"totalUsd\":0.03,\"alertUsd\":0.015,\"alertPassed\":true}");

            // the first call's two minutes passed the threshold; the second call's minute raised nothing more
            List<CostAlertRaised> raised = alertsOfMarch(bella);
            assertThat(raised).singleElement().satisfies(alert -> {
                assertThat(alert.estimateUsd()).isEqualByComparingTo("0.02");
                assertThat(alert.alertUsd()).isEqualByComparingTo(new BigDecimal("0.015"));
            });
            assertThat(alerts.list).singleElement().satisfies(line -> {
                assertThat(line.getLevel()).isEqualTo(Level.WARN);
                assertThat(line.getFormattedMessage()).isEqualTo("Twilio costs for 2026-03 are estimated at $0.02, "
                        + "past COST_ALERT_USD=0.015 (2 voice minutes, 0 texts)");
            });

            Command reported = command(bella, "report", "--date", "2026-03-03");
            assertThat(reported.code()).as(reported.err()).isZero();
            assertThat(reported.out().lines()).containsExactly(
                    "report for     2026-03-03",
                    "calls                   2",
                    "bookings                1",
                    "conversion          50.0%",
                    "voice minutes           3",
                    "texts                   0",
                    "",
                    "failure reason  calls",
                    "hung_up             1");
            Command estimated = command(bella, "costs", "--month", "2026-03");
            assertThat(estimated.code()).as(estimated.err()).isZero();
            assertThat(estimated.out().lines()).containsExactly(
                    "Twilio costs for 2026-03 (estimate, USD)",
                    "item           quantity  rate  cost",
                    "voice minutes         3  0.01  0.03",
                    "texts                 0  0.02  0.00",
                    "total                          0.03",
                    "past the alert threshold of 0.015 (COST_ALERT_USD)");
            assertThat(command(bella, "costs", "--month", "March").err())
                    .isEqualTo("Bella refused: month must be a month as YYYY-MM\n");
            assertThat(command(bella, "report", "--date", "2026-02-30").code()).isEqualTo(2);

            Element shown = Jsoup.parse(owner(bella, "/dashboard")).selectFirst("#costs");
            assertThat(shown).isNotNull();
            assertThat(shown.hasClass("warning")).isTrue();
            assertThat(shown.select("h2").text()).isEqualTo("Twilio costs, March 2026");
            assertThat(shown.select("dd").eachText()).containsExactly("3", "0", "$0.03");
            assertThat(shown.select("p.alert").text()).contains("$0.015");

            assertThat(bella.post("/api/projections/usage/rebuild").statusCode()).isEqualTo(401);
            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(bella.base() + "/api/projections/usage/rebuild"))
                    .header("X-API-Key", API_KEY).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(202);
            awaitOwner(bella, "/api/projections",
                    body -> body.matches(".*\"name\":\"usage\",[^}]*\"replaying\":false.*"));
            assertThat(owner(bella, "/api/costs?month=2026-03")).isEqualTo(costs);
            assertThat(alertsOfMarch(bella)).hasSize(1);
            assertThat(alerts.list).hasSize(1);
            alertsLog.detachAppender(alerts);
        }
    }

    /** Two calls on Tuesday 3 March: one books in 74 seconds (2 minutes billed), one hangs up after 31 (1). */
    private static void placeCalls(RunningBella bella) {
        TwilioCaller booking = bella.caller("CA00000000000000000000000000000d01", "+14165550601");
        booking.dial();
        booking.say("I'd like to book an appointment");
        booking.say("next Tuesday at 2 pm");
        booking.say("my name is Ann Lee");
        assertThat(booking.say("yes please")).contains("You're booked");
        booking.hangUp(74);
        TwilioCaller leaving = bella.caller("CA00000000000000000000000000000d02", "+14165550602");
        leaving.dial();
        leaving.say("I'd like to book");
        assertThat(leaving.say("Thursday")).contains("I have 9, 9:30 or 10 AM");
        leaving.hangUp(31);
    }

    private static List<CostAlertRaised> alertsOfMarch(RunningBella bella) {
        return bella.bean(EventStore.class).readEvents("2026-03", 0).asStream().map(DomainEventMessage::getPayload)
                .map(CostAlertRaised.class::cast).toList();
    }

    /** The owner's answer once it shows what is expected: read models follow the event store a moment behind. */
    private static String awaitOwner(RunningBella bella, String path, Predicate<String> shows)
            throws InterruptedException {
        Instant giveUp = Instant.now().plus(RunningBella.PATIENCE);
        String body = owner(bella, path);
        while (!shows.test(body) && Instant.now().isBefore(giveUp)) {
            Thread.sleep(50);
            body = owner(bella, path);
        }
        return body;
    }

    private static String owner(RunningBella bella, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(bella.base() + path)).header("X-API-Key", API_KEY)
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Command command(RunningBella bella, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = CommandLine.run(args, new Shell(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("BELLA_URL", bella.base(), "API_KEY", API_KEY), false, Clock.systemUTC()));
        return new Command(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Command(int code, String out, String err) {
    }
}
