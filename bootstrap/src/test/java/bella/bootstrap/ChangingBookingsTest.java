package bella.bootstrap;

import bella.adapters.calendar.GoogleCalendar;
import bella.adapters.calendar.ServiceAccountKey;
import bella.domain.booking.Appointment;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caller books, calls again to move the booking, and calls a third time to cancel it, while the owner's Google
 * Calendar (a local fake of its REST API that remembers whether the event exists) follows every change.
 */
@Execution(ExecutionMode.CONCURRENT)
class ChangingBookingsTest {

    private static final String CALENDAR = "owner@example.com";
    private static final String EVENTS = "/calendar/v3/calendars/" + CALENDAR + "/events";
    private static final String CALLER = "+14165550177";
    private static final String FIRST_CALL = "CA00000000000000000000000000000101";

    @TempDir
    Path data;

    private final WireMockServer google = new WireMockServer(wireMockConfig().dynamicPort());
    private final String eventId = GoogleCalendar.eventId(Appointment.idForCall(FIRST_CALL));

    @BeforeEach
    void fakeGoogle() {
        google.start();
        grantTokens();
        google.stubFor(post("/calendar/v3/freeBusy").willReturn(okJson("""
                {"kind":"calendar#freeBusy","timeMin":"2026-03-03T00:00:00Z","timeMax":"2026-06-03T00:00:00Z",
                 "calendars":{"owner@example.com":{"busy":[]}}}""")));
        String event = "{\"kind\":\"calendar#event\",\"id\":\"" + eventId + "\",\"status\":\"confirmed\"}";
        google.stubFor(post(urlPathEqualTo(EVENTS)).inScenario("event").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(event)).willSetStateTo("exists"));
        google.stubFor(post(urlPathEqualTo(EVENTS)).inScenario("event").whenScenarioStateIs("exists")
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"code":409,"message":"The requested identifier already exists.",
                         "errors":[{"domain":"global","reason":"duplicate"}]}}""")));
        google.stubFor(patch(urlPathEqualTo(EVENTS + "/" + eventId)).inScenario("event")
                .whenScenarioStateIs("exists").willReturn(okJson(event)));
        google.stubFor(delete(urlPathEqualTo(EVENTS + "/" + eventId)).inScenario("event")
                .whenScenarioStateIs("exists").willReturn(aResponse().withStatus(204)).willSetStateTo("gone"));
    }

    @AfterEach
    void stopGoogle() {
        google.stop();
    }

    @Test
    void aBookingIsMovedThenCancelledByPhoneAndTheOwnersCalendarEndsWithNoEvent() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), googleSettings())) {
            TwilioCaller booking = bella.caller(FIRST_CALL, CALLER);
            booking.dial();
            booking.say("I'd like to book an appointment");
            booking.say("tomorrow at 2 pm");
            booking.say("this is Grace Hopper");
            assertThat(booking.press("1")).contains("You're booked for Wednesday, March 4th at 2 PM");
            awaitThat(() -> google.findAll(postRequestedFor(urlPathEqualTo(EVENTS))
                    .withRequestBody(matchingJsonPath("$.id", com.github.tomakehurst.wiremock.client.WireMock
                            .equalTo(eventId)))).size() == 1);
            bella.awaitGet("/api/appointments?from=2026-03-04&to=2026-03-04", body -> body.contains("Grace"));

            TwilioCaller moving = bella.caller("CA00000000000000000000000000000102", CALLER);
            assertThat(moving.dial()).contains("Welcome back, Grace Hopper");
            assertThat(moving.say("I need to move my appointment"))
                    .contains("Your appointment is on Wednesday, March 4th at 2 PM").contains("instead");
            assertThat(moving.say("friday at 3 pm"))
                    .contains("move your appointment from Wednesday, March 4th at 2 PM to Friday, March 6th at 3 PM");
            assertThat(moving.say("yes")).contains("moved to Friday, March 6th at 3 PM");
            awaitThat(() -> google.findAll(patchRequestedFor(urlPathEqualTo(EVENTS + "/" + eventId))).size() == 1);
            bella.awaitGet("/api/appointments?from=2026-03-06&to=2026-03-06", body -> body.contains("Grace"));

            TwilioCaller cancelling = bella.caller("CA00000000000000000000000000000103", CALLER);
            cancelling.dial();
            assertThat(cancelling.say("cancel my appointment"))
                    .contains("I have your appointment on Friday, March 6th at 3 PM. Shall I cancel it?");
            assertThat(cancelling.say("yes please")).contains("is cancelled");
            awaitThat(() -> google.findAll(deleteRequestedFor(urlPathEqualTo(EVENTS + "/" + eventId))).size() == 1);

            assertThat(google.getAllScenarios().getScenarios()).singleElement()
                    .satisfies(scenario -> assertThat(scenario.getState()).isEqualTo("gone"));
            assertThat(bella.awaitGet("/api/calendar/pending", body -> body.equals("[]"))).isEqualTo("[]");
            assertThat(bella.get("/api/appointments?from=2026-03-01&to=2026-03-31").body())
                    .contains("\"status\":\"cancelled\"").contains("2026-03-06T15:00:00");
        }
    }

    @Test
    void aGoogleOutageNeitherBlocksNorLosesABookingWhichReachesTheCalendarWhenGoogleIsBack() {
        google.resetAll();
        grantTokens();
        google.stubFor(post("/calendar/v3/freeBusy").willReturn(aResponse().withStatus(503)));
        google.stubFor(post(urlPathEqualTo(EVENTS)).willReturn(aResponse().withStatus(503)));
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), googleSettings())) {
            TwilioCaller caller = bella.caller(FIRST_CALL, CALLER);
            caller.dial();
            caller.say("book please");
            caller.say("tomorrow at 10 am");
            caller.say("Grace Hopper");
            assertThat(caller.press("1")).contains("You're booked for Wednesday, March 4th at 10 AM");
            assertThat(bella.awaitGet("/api/calendar/pending", body -> body.contains("\"attempts\":1")))
                    .contains(Appointment.idForCall(FIRST_CALL)).contains("\"state\":\"pending\"")
                    .contains("\"change\":\"write\"");

            google.stubFor(post(urlPathEqualTo(EVENTS)).willReturn(okJson("{\"id\":\"" + eventId + "\"}")));
            assertThat(bella.awaitGet("/api/calendar/pending", body -> body.equals("[]"))).isEqualTo("[]");
            assertThat(google.findAll(postRequestedFor(urlPathEqualTo(EVENTS)))).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    private void grantTokens() {
        google.stubFor(post("/token").willReturn(okJson(
                "{\"access_token\":\"t\",\"expires_in\":3600,\"token_type\":\"Bearer\"}")));
    }

    private Map<String, String> googleSettings() {
        return Map.of(
                "GOOGLE_CALENDAR_ENABLED", "true",
                "GOOGLE_SERVICE_ACCOUNT_JSON", ServiceAccountKey.generate().json(google.baseUrl() + "/token"),
                "GOOGLE_CALENDAR_ID", CALENDAR,
                "GOOGLE_API_ROOT_URL", google.baseUrl() + "/",
                // the fake answers at once: only a machine too busy to reach it in time would meet the bound
                "GOOGLE_CALENDAR_TIMEOUT_MS", "30000");
    }

    /** The calendar is written after the caller hears the answer: wait (boundedly) for it. */
    private static void awaitThat(BooleanSupplier condition) {
        Instant giveUp = Instant.now().plus(RunningBella.PATIENCE);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited for the calendar").isBefore(giveUp);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
