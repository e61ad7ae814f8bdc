package bella.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator watches: the probes anyone may ask, and the Prometheus page, the owner's only, carrying Bella's
 * meters of the calls placed through the signed webhooks beside Axon's.
 */
class MetricsAndProbesTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String OWNER = "Basic " + Base64.getEncoder()
            .encodeToString("owner:s3cret".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path data;

    @Test
    void theProbesAreUpAndThePrometheusPageCountsCallsBookingsMissesAndTimesEachWebhook() throws Exception {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"),
                Map.of("ADMIN_USER", "owner", "ADMIN_PASS", "s3cret"))) {
            assertThat(bella.get("/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
            assertThat(bella.get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");

            TwilioCaller booking = bella.caller("CA00000000000000000000000000000b01", "+14165550401");
            booking.dial();
            booking.say("I'd like to book an appointment");
            booking.say("next Tuesday at 2 pm");
            booking.say("my name is Ann Lee");
            assertThat(booking.say("yes please")).contains("You're booked");
            booking.hangUp(65);
            TwilioCaller mumbling = bella.caller("CA00000000000000000000000000000b02", "+14165550402");
            mumbling.dial();
            mumbling.stayQuiet();
            mumbling.say("blue elephants");
            mumbling.hangUp(20);

            assertThat(bella.get("/actuator/prometheus").statusCode()).isEqualTo(401);
            String metrics = prometheus(bella, OWNER);
            assertThat(value(metrics, "bella_calls_total")).isEqualTo(2);
            assertThat(value(metrics, "bella_bookings_total")).isEqualTo(1);
            assertThat(value(metrics, "bella_understanding_misses_total")).isEqualTo(2);
            assertThat(value(metrics, "bella_webhook_seconds_count\\{status=\"200\",webhook=\"gather\"}"))
                    .isEqualTo(6);
            assertThat(value(metrics, "bella_webhook_seconds_count\\{status=\"204\",webhook=\"status\"}"))
                    .isEqualTo(2);
            assertThat(metrics).contains("bella_webhook_seconds_bucket{status=\"200\",webhook=\"voice\",le=");
            assertThat(value(metrics, "commandBus_successCounter_total\\{payloadType=\"HandleTurn\"}"))
                    .isEqualTo(6);
            assertThat(metrics).contains("commandBus_successTimer_seconds_count{payloadType=\"StartCall\"}",
                    "eventProcessor_latency{processorName=\"call-summaries\"}");
            // these cost more than they tell: per event for projections (AxonMeters), per request for security
            assertThat(metrics).doesNotContain("eventProcessor_capacity", "eventProcessor_successTimer",
                    "eventProcessor_ingestedCounter", "spring_security_");
        }
    }

    private static String prometheus(RunningBella bella, String authorization) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(bella.base()
                + "/actuator/prometheus")).header("Authorization", authorization).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** The value of the one sample whose name and tags start as given. */
    private static double value(String metrics, String sample) {
        Matcher matcher = Pattern.compile("(?m)^" + sample + "(?:\\{[^}]*})? (\\S+)$").matcher(metrics);
        assertThat(matcher.find()).as(sample + " in\n" + metrics).isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
