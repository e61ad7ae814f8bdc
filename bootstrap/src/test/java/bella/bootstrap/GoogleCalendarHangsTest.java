package bella.bootstrap;

import bella.adapters.calendar.ServiceAccountKey;
import bella.domain.MovableClock;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Google Calendar that never answers costs a call one bounded wait: the call books from Bella's own bookings and
 * records that the calendar was skipped, the owner's metrics say Google is failing, later turns do not ask it, and once
 * the pause is over and Google answers, availability counts it again.
 */
class GoogleCalendarHangsTest {

    private static final String FREE_BUSY = "/calendar/v3/freeBusy";
    private static final String FAILING = "bella_calendar_failing ";
    /** Far longer than any bound Bella sets: the fake answers only after the test has ended. */
    private static final int NEVER_MS = 600_000;

    @TempDir
    Path data;

    private final WireMockServer google = new WireMockServer(wireMockConfig().dynamicPort());
    private final MovableClock clock = new MovableClock(Instant.parse(RunningBella.MONDAY_MORNING.replace("-05:00",
            "Z")).plus(Duration.ofHours(5)));

    @BeforeEach
    void fakeGoogle() {
        google.start();
        google.stubFor(post("/token").willReturn(okJson(
                "{\"access_token\":\"t\",\"expires_in\":3600,\"token_type\":\"Bearer\"}")));
        google.stubFor(post(FREE_BUSY).willReturn(aResponse().withFixedDelay(NEVER_MS)));
        google.stubFor(post(urlPathEqualTo("/calendar/v3/calendars/owner@example.com/events"))
                .willReturn(okJson("{\"status\":\"confirmed\"}")));
    }

    @AfterEach
    void stopGoogle() {
        google.stop();
    }

    @Test
    void givenGoogleHangs_thenCallsBookWithoutItTheOwnerSeesItAndItCountsAgainOnceItAnswers() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), Map.of(
                "GOOGLE_CALENDAR_ENABLED", "true",
                "GOOGLE_SERVICE_ACCOUNT_JSON", ServiceAccountKey.generate().json(google.baseUrl() + "/token"),
                "GOOGLE_CALENDAR_ID", "owner@example.com",
                "GOOGLE_API_ROOT_URL", google.baseUrl() + "/"), clock)) {
            String first = "CA00000000000000000000000000000201";
            TwilioCaller caller = bella.caller(first, "+14165550201");
            caller.dial();
            caller.say("book please");
            caller.say("tomorrow at 10 am");
            caller.say("Grace Hopper");
            assertThat(caller.press("1")).contains("You're booked for Wednesday, March 4th at 10 AM");

            assertThat(bella.get("/api/calls/" + first + "/events").body()).contains("CalendarSkipped");
            assertThat(bella.get("/actuator/prometheus").body()).contains(FAILING + "1.0");
            assertThat(google.findAll(postRequestedFor(urlPathEqualTo(FREE_BUSY)))).as("questions to Google")
                    .hasSizeLessThanOrEqualTo(1);

            google.stubFor(post(FREE_BUSY).willReturn(okJson("""
                    {"kind":"calendar#freeBusy","calendars":{"owner@example.com":{"busy":[]}}}""")));
            clock.move(Duration.ofMinutes(1));
            TwilioCaller second = bella.caller("CA00000000000000000000000000000202", "+14165550202");
            second.dial();
            second.say("book please");
            second.say("tomorrow at 11 am");
            second.say("Ada Lovelace");
            assertThat(second.press("1")).contains("You're booked for Wednesday, March 4th at 11 AM");

            assertThat(bella.get("/actuator/prometheus").body()).contains(FAILING + "0.0");
        }
    }
}
