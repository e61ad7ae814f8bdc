package bella.adapters.calendar;

import bella.application.availability.Calendar;
import bella.domain.MovableClock;
import bella.domain.booking.Slot;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Free/busy questions behind the circuit breaker, against a fake Google that fails or hangs: a failure opens it, no
 * turn asks Google while it is open, one probe asks once the pause is over, and an answer closes it again.
 */
class GoogleCalendarOutageTest {

    @RegisterExtension
    static final WireMockExtension google = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final ServiceAccountKey KEY = ServiceAccountKey.generate();
    private static final String FREE_BUSY = "/calendar/v3/freeBusy";
    private static final Slot MONDAY = new Slot(Instant.parse("2025-03-10T07:00:00Z"),
            Instant.parse("2025-03-10T17:00:00Z"));
    private static final Slot TUESDAY = new Slot(Instant.parse("2025-03-11T07:00:00Z"),
            Instant.parse("2025-03-11T17:00:00Z"));
    /** Far beyond any exchange with the local fake: only a held answer makes the client give up. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String TOKEN = """
            {"access_token":"t","expires_in":3600,"token_type":"Bearer"}""";
    private static final String FREE = """
            {"kind":"calendar#freeBusy","calendars":{"owner@example.com":{"busy":[]}}}""";
    private static final String NOT_ASKED = "Google Calendar is not asked while it is failing: ";
    private static final Duration PAUSE_OVER = GoogleCalendar.OPEN_FOR.plusMillis(1);

    private final MovableClock clock = new MovableClock(Instant.parse("2025-03-09T12:00:00Z"));

    /**
     * The first exchange of a JVM loads the HTTP client and signs the first token, which on a busy machine can take
     * longer than the bound: done once here with patience, so that the tests of the bound see Google itself hang.
     */
    @BeforeAll
    static void firstExchange() {
        google.stubFor(post("/token").willReturn(okJson(TOKEN)));
        google.stubFor(post(FREE_BUSY).willReturn(okJson(FREE)));
        new GoogleCalendar(new GoogleCalendarSettings(KEY.json(google.baseUrl() + "/token"), "owner@example.com",
                null, null, ZoneId.of("Europe/Berlin"), google.baseUrl(), PATIENCE, Duration.ZERO),
                Clock.systemUTC()).busy(MONDAY);
        google.resetAll();
    }

    @BeforeEach
    void tokenEndpoint() {
        google.stubFor(post("/token").willReturn(okJson(TOKEN)));
    }

    @Test
    void givenAFailure_thenTheBreakerOpensAndNoQuestionGoesToGoogleUntilTheProbeWhichRecovers() {
        google.stubFor(post(FREE_BUSY).inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("back"));
        google.stubFor(post(FREE_BUSY).inScenario("outage").whenScenarioStateIs("back").willReturn(okJson(FREE)));
        var calendar = calendar(google.baseUrl(), PATIENCE);

        assertThatThrownBy(() -> calendar.busy(MONDAY)).isExactlyInstanceOf(Calendar.Unavailable.class)
                .hasMessageContaining("503");
        assertThat(calendar.failing()).isTrue();
        clock.move(GoogleCalendar.OPEN_FOR.minusSeconds(1));
        assertThatThrownBy(() -> calendar.busy(TUESDAY)).isExactlyInstanceOf(Calendar.Unavailable.class)
                .hasMessageStartingWith(NOT_ASKED).hasMessageContaining("503");
        google.verify(1, postRequestedFor(urlPathEqualTo(FREE_BUSY)));

        clock.move(Duration.ofSeconds(1).plusMillis(1));
        assertThat(calendar.busy(TUESDAY)).isEmpty();

        assertThat(calendar.failing()).isFalse();
        google.verify(2, postRequestedFor(urlPathEqualTo(FREE_BUSY)));
    }

    @Test
    void givenTheProbeFailsToo_thenTheBreakerOpensForAnotherPause() {
        google.stubFor(post(FREE_BUSY).willReturn(aResponse().withStatus(500)));
        var calendar = calendar(google.baseUrl(), PATIENCE);
        assertThatThrownBy(() -> calendar.busy(MONDAY)).isExactlyInstanceOf(Calendar.Unavailable.class);
        clock.move(PAUSE_OVER);

        assertThatThrownBy(() -> calendar.busy(MONDAY)).isExactlyInstanceOf(Calendar.Unavailable.class)
                .hasMessageNotContaining(NOT_ASKED);
        assertThatThrownBy(() -> calendar.busy(MONDAY)).hasMessageStartingWith(NOT_ASKED);

        assertThat(calendar.failing()).isTrue();
        google.verify(2, postRequestedFor(urlPathEqualTo(FREE_BUSY)));
    }

    @Test
    void givenGoogleHangs_thenTheQuestionEndsAtTheBoundAndTheNextOnesGoOnWithoutAsking() {
        try (var hanging = new HeldAnswers()) {
            hanging.answer(post("/token"), okJson(TOKEN));
            hanging.holdAnswer(post(FREE_BUSY), okJson(FREE));
            var calendar = calendar(hanging.baseUrl(), GoogleCalendarSettings.DEFAULT_TIMEOUT);

            assertThatThrownBy(() -> calendar.busy(MONDAY)).isExactlyInstanceOf(Calendar.Unavailable.class)
                    .hasMessageContaining("within");
            int asked = hanging.arrivals();
            assertThatThrownBy(() -> calendar.busy(TUESDAY)).isExactlyInstanceOf(Calendar.Unavailable.class)
                    .hasMessageStartingWith(NOT_ASKED);

            assertThat(hanging.arrivals()).isEqualTo(asked).isLessThanOrEqualTo(1);
        }
    }

    /** While one turn probes a Google that hangs, the others do not wait on it too. */
    @Test
    void givenAProbeWaitingOnGoogle_thenOtherQuestionsGoOnWithoutAsking() throws Exception {
        try (var hanging = new HeldAnswers()) {
            hanging.answer(post("/token"), okJson(TOKEN));
            hanging.holdAnswer(post(FREE_BUSY), okJson(FREE));
            var calendar = calendar(hanging.baseUrl(), GoogleCalendarSettings.DEFAULT_TIMEOUT);
            assertThatThrownBy(() -> calendar.busy(MONDAY)).isExactlyInstanceOf(Calendar.Unavailable.class);
            clock.move(PAUSE_OVER);

            int before = hanging.arrivals();

            var probe = CompletableFuture.runAsync(() -> calendar.busy(MONDAY));
            awaitArrivals(hanging, before + 1);
            assertThatThrownBy(() -> calendar.busy(TUESDAY)).hasMessageStartingWith(NOT_ASKED);

            assertThat(hanging.arrivals()).isEqualTo(before + 1);
            assertThat(probe).failsWithin(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertThat(calendar.failing()).isTrue();
        }
    }

    private GoogleCalendar calendar(String baseUrl, Duration timeout) {
        return new GoogleCalendar(new GoogleCalendarSettings(KEY.json(baseUrl + "/token"), "owner@example.com", null,
                null, ZoneId.of("Europe/Berlin"), baseUrl, timeout, Duration.ZERO), clock);
    }

    private static void awaitArrivals(HeldAnswers fake, int arrivals) throws InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (fake.arrivals() < arrivals) {
            assertThat(Instant.now()).as("the probe reached Google").isBefore(giveUp);
            Thread.sleep(20);
        }
    }
}
