package bella.bootstrap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls placed through the signed webhooks show in the owner's figures and list as placed, each call's events read
 * back in order, and every projection rebuilt from the event store gives the same figures again.
 */
@Execution(ExecutionMode.CONCURRENT)
class CallAnalyticsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOOKED = "CA00000000000000000000000000000a01";
    private static final String HUNG_UP = "CA00000000000000000000000000000a02";
    private static final String HOURS = "CA00000000000000000000000000000a03";
    private static final String TUESDAY = "from=2026-03-03&to=2026-03-03";
    /** What the three calls of {@link #placeCalls} make of the figures. */
    private static final String EXPECTED_CONVERSION = "{\"calls\":3,\"bookings\":1,\"conversionRate\":" + (1.0 / 3)
            + ",\"byDay\":[{\"date\":\"2026-03-03\",\"calls\":3,\"bookings\":1}],"
            + "\"funnel\":[{\"step\":\"started\",\"calls\":3},{\"step\":\"asked_to_book\",\"calls\":2},"
            + "{\"step\":\"time_requested\",\"calls\":2},{\"step\":\"slot_offered\",\"calls\":2},"
            + "{\"step\":\"read_back\",\"calls\":1},{\"step\":\"booked\",\"calls\":1}],"
            + "\"failureReasons\":[{\"reason\":\"hung_up\",\"calls\":1}],"
            + "\"byVariant\":[{\"variant\":null,\"calls\":3,\"bookings\":1}]}";
    private static final List<String> PROJECTIONS = List.of("appointments", "customers", "call-summaries",
            "call-funnel");

    @TempDir
    Path data;

    @Test
    void placedCallsShowInTheFiguresAndTheListAndARebuildFromTheEventStoreGivesTheSameFigures() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), Map.of())) {
            placeCalls(bella);

            String conversion = bella.awaitGet("/api/analytics/conversion?" + TUESDAY, CallAnalyticsTest::asPlaced);
            assertThat(tree(conversion)).isEqualTo(tree(EXPECTED_CONVERSION));
            String calls = bella.awaitGet("/api/calls?" + TUESDAY, body -> tree(body).size() == 3
                    && tree(body).findValues("endedAt").stream().noneMatch(JsonNode::isNull));
            assertThat(tree(calls)).extracting(CallAnalyticsTest::listed).containsExactly(
                    HOURS + " +14165550303 answered null 1",
                    HUNG_UP + " +14165550302 failed hung_up 2",
                    BOOKED + " +14165550301 booked null 4");
            assertThat(tree(calls).findValuesAsText("startedAt")).allMatch(at -> at.startsWith("2026-03-03T"));
            assertThat(tree(bella.get("/api/calls?" + TUESDAY + "&outcome=failed").body()))
                    .extracting(call -> call.get("callSid").asText()).containsExactly(HUNG_UP);

            rebuild(bella);

            assertThat(bella.awaitGet("/api/analytics/conversion?" + TUESDAY, CallAnalyticsTest::asPlaced))
                    .isEqualTo(conversion);
            assertThat(bella.awaitGet("/api/calls?" + TUESDAY, calls::equals)).isEqualTo(calls);
        }
    }

    @Test
    void aCallsEventsAreReadBackInOrderFromTheEventStore() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), Map.of())) {
            placeCalls(bella);

            JsonNode events = tree(bella.get("/api/calls/" + BOOKED + "/events").body());

            List<String> types = new ArrayList<>();
            Instant previous = Instant.MIN;
            for (int i = 0; i < events.size(); i++) {
                JsonNode event = events.get(i);
                assertThat(event.get("sequence").asLong()).isEqualTo(i);
                assertThat(event.get("payload").get("callId").asText()).isEqualTo(BOOKED);
                Instant recorded = Instant.parse(event.get("timestamp").asText());
                assertThat(recorded).isAfterOrEqualTo(previous);
                previous = recorded;
                types.add(event.get("type").asText());
            }
            assertThat(types).startsWith("CallStarted").endsWith("BookingCompleted", "CallEnded")
                    .contains("IntentDetected", "SlotRequested", "BookingReadBack");
            assertThat(events.get(0).get("payload").get("from").asText()).isEqualTo("+14165550301");
            assertThat(events.get(events.size() - 1).get("payload").get("durationSeconds").asLong()).isEqualTo(74);
        }
    }

    @Test
    void unknownCallsAndBadDatesAreRefusedWithAReason() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), Map.of())) {
            placeCalls(bella);

            String appointmentId = tree(bella.awaitGet("/api/appointments?from=2026-03-10&to=2026-03-10",
                    body -> body.contains("\"id\""))).get(0).get("id").asText();

            assertThat(bella.get("/api/calls/CA-never-called/events").statusCode()).isEqualTo(404);
            assertThat(bella.get("/api/calls/CA-never-called/events").body()).contains("no such call")
                    .doesNotContain("CA-never-called");
            // the store holds appointments' events too, under their own ids: those are no call's
            assertThat(bella.get("/api/calls/" + appointmentId + "/events").statusCode()).isEqualTo(404);
            for (String query : List.of("/api/analytics/conversion?from=2026-03-04&to=2026-03-03",
                    "/api/calls?from=tuesday&to=2026-03-03", "/api/calls?from=2026-02-30",
                    "/api/calls?outcome=lost", "/api/analytics/conversion?from=2024-01-01&to=2026-03-03",
                    "/api/appointments?from=2026-03-04&to=2026-03-03")) {
                var refused = bella.get(query);
                assertThat(refused.statusCode()).as(query).isEqualTo(400);
                assertThat(refused.body()).as(query).contains("\"error\":\"");
            }
        }
    }

    /** Three calls on Tuesday 3 March: one books, one hangs up at the offer, one asks the hours. */
    private static void placeCalls(RunningBella bella) {
        TwilioCaller booking = bella.caller(BOOKED, "+14165550301");
        booking.dial();
        assertThat(booking.say("I'd like to book an appointment")).contains("What day and time");
        assertThat(booking.say("next Tuesday at 2 pm")).contains("your name");
        assertThat(booking.say("my name is Ann Lee")).contains("Shall I book it");
        assertThat(booking.say("yes please")).contains("You're booked");
        booking.hangUp(74);

        TwilioCaller leaving = bella.caller(HUNG_UP, "+14165550302");
        leaving.dial();
        leaving.say("I'd like to book");
        assertThat(leaving.say("Thursday")).contains("I have 9, 9:30 or 10 AM");
        leaving.hangUp(31);

        TwilioCaller asking = bella.caller(HOURS, "+14165550303");
        asking.dial();
        assertThat(asking.say("what are your hours?")).contains("Monday to Friday");
        asking.hangUp(12);
    }

    private static boolean asPlaced(String conversion) {
        return tree(conversion).equals(tree(EXPECTED_CONVERSION));
    }

    private static String listed(JsonNode call) {
        return call.get("callSid").asText() + " " + call.get("from").asText() + " " + call.get("outcome").asText()
                + " " + call.get("reason").asText() + " " + call.get("turns").asInt();
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /** Rebuilds every projection as the owner would, and waits until none is replaying any more. */
    private static void rebuild(RunningBella bella) {
        var processing = bella.bean(Configuration.class).eventProcessingConfiguration();
        for (String name : PROJECTIONS) {
            assertThat(processing.deadLetterQueue(name)).as("dead letters of " + name).isPresent();
            assertThat(bella.post("/api/projections/" + name + "/rebuild").statusCode()).as(name).isEqualTo(202);
        }
        String done = bella.awaitGet("/api/projections",
                body -> tree(body).findValues("replaying").stream().noneMatch(JsonNode::asBoolean));
        assertThat(tree(done).findValues("replaying")).as(done).noneMatch(JsonNode::asBoolean);
    }
}
