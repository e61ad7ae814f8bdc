package bella.bootstrap;

import bella.adapters.calendar.ServiceAccountKey;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The owner rebuilds a projection from the event store while Bella answers calls: the request is answered at once, a
 * second one while the first runs starts nothing new, and the rebuilt figures count every call, including one placed
 * during the rebuild.
 */
@Execution(ExecutionMode.CONCURRENT)
class ProjectionRebuildsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TUESDAY = "/api/analytics/conversion?from=2026-03-03&to=2026-03-03";

    @TempDir
    Path data;

    @Test
    void aRebuildRequestedTwiceRunsOnceWhileCallsAreAnsweredAndGivesTheSameFigures() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), Map.of())) {
            book(bella, "CA00000000000000000000000000000b01", "+14165550401");
            askHours(bella, "CA00000000000000000000000000000b02", "+14165550402");
            String before = bella.awaitGet(TUESDAY, body -> calls(body) == 2);
            assertThat(tree(before).get("bookings").asInt()).isEqualTo(1);

            // a stopped processor holds the rebuild at its start, so the second request surely meets the first
            var summaries = bella.bean(Configuration.class).eventProcessingConfiguration()
                    .eventProcessor("call-summaries", StreamingEventProcessor.class).orElseThrow();
            // only once its worker has read to the head: shut down while it still hands its claim over, it would
            // never claim again
            Eventually.awaitThat(() -> !summaries.processingStatus().isEmpty() && summaries.processingStatus()
                    .values().stream().allMatch(EventTrackerStatus::isCaughtUp));
            summaries.shutDown();

            HttpResponse<String> first = bella.post("/api/projections/call-summaries/rebuild");
            HttpResponse<String> second = bella.post("/api/projections/call-summaries/rebuild");
            assertThat(first.statusCode()).isEqualTo(202);
            assertThat(first.body()).contains("\"rebuild\":\"started\"");
            assertThat(second.statusCode()).isEqualTo(202);
            assertThat(second.body()).contains("\"rebuild\":\"already running\"");
            JsonNode projections = tree(bella.get("/api/projections").body());
            assertThat(projections.findValuesAsText("name"))
                    .containsExactly("appointments", "call-funnel", "call-summaries", "customers", "messages", "usage");
            assertThat(listed(projections.toString(), "call-summaries").get("replaying").asBoolean()).isTrue();
            // where it reads up to is told once it reads from the first event, which a stopped processor does not
            assertThat(listed(projections.toString(), "call-summaries").get("target").isNull()).isTrue();
            long head = listed(projections.toString(), "call-summaries").get("head").asLong();
            assertThat(head).isPositive();

            askHours(bella, "CA00000000000000000000000000000b03", "+14165550403");
            summaries.start();

            String rebuilt = awaitRebuilt(bella);
            assertThat(listed(rebuilt, "call-summaries").get("position").asLong())
                    .isGreaterThanOrEqualTo(head);
            assertThat(listed(rebuilt, "call-summaries").get("target").isNull()).isTrue();
            String during = bella.awaitGet(TUESDAY, body -> calls(body) == 3);
            assertThat(calls(during)).isEqualTo(3);
            assertThat(tree(during).get("bookings").asInt()).isEqualTo(1);

            // with no call coming in, a rebuild gives exactly the figures it started from
            assertThat(bella.post("/api/projections/call-summaries/rebuild").statusCode()).isEqualTo(202);
            awaitRebuilt(bella);
            assertThat(tree(bella.get(TUESDAY).body())).isEqualTo(tree(during));
        }
    }

    @Test
    void unknownProjectionsAndAutomationsThatActOnTheOutsideAreRefusedWithAReason() {
        // the calendar outbox exists only with the owner's calendar on: here a fake Google that hands out tokens
        WireMockServer google = new WireMockServer(wireMockConfig().dynamicPort());
        google.start();
        google.stubFor(post("/token").willReturn(okJson(
                "{\"access_token\":\"t\",\"expires_in\":3600,\"token_type\":\"Bearer\"}")));
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), Map.of(
                "GOOGLE_CALENDAR_ENABLED", "true",
                "GOOGLE_SERVICE_ACCOUNT_JSON", ServiceAccountKey.generate().json(google.baseUrl() + "/token"),
                "GOOGLE_API_ROOT_URL", google.baseUrl() + "/"))) {
            assertThat(bella.get("/api/projections").body()).doesNotContain("calendar-outbox");

            HttpResponse<String> unknown = bella.post("/api/projections/no-such-thing/rebuild");
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.body()).contains("no such projection").doesNotContain("no-such-thing");

            HttpResponse<String> outbox = bella.post("/api/projections/calendar-outbox/rebuild");
            assertThat(outbox.statusCode()).isEqualTo(409);
            assertThat(outbox.body()).contains("never replayed");
        } finally {
            google.stop();
        }
    }

    private static void book(RunningBella bella, String sid, String from) {
        TwilioCaller caller = bella.caller(sid, from);
        caller.dial();
        assertThat(caller.say("I'd like to book an appointment")).contains("What day and time");
        assertThat(caller.say("next Tuesday at 2 pm")).contains("your name");
        assertThat(caller.say("my name is Ann Lee")).contains("Shall I book it");
        assertThat(caller.say("yes please")).contains("You're booked");
        caller.hangUp(74);
    }

    private static void askHours(RunningBella bella, String sid, String from) {
        TwilioCaller caller = bella.caller(sid, from);
        caller.dial();
        assertThat(caller.say("what are your hours?")).contains("Monday to Friday");
        caller.hangUp(12);
    }

    private static String awaitRebuilt(RunningBella bella) {
        String projections = bella.awaitGet("/api/projections",
                body -> !listed(body, "call-summaries").get("replaying").asBoolean());
        assertThat(listed(projections, "call-summaries").get("replaying").asBoolean()).as(projections).isFalse();
        return projections;
    }

    private static int calls(String conversion) {
        return tree(conversion).get("calls").asInt();
    }

    private static JsonNode listed(String projections, String name) {
        for (JsonNode projection : tree(projections)) {
            if (projection.get("name").asText().equals(name)) {
                return projection;
            }
        }
        throw new AssertionError(name + " not listed in " + projections);
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
