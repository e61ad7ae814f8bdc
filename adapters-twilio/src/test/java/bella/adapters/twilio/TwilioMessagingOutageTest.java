package bella.adapters.twilio;

import bella.application.texts.TextMessages.Outcome;
import bella.application.texts.TextMessages.SendFailed;
import bella.domain.MovableClock;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Texts through Twilio's Messages API behind the circuit breaker, against a fake Twilio that fails or hangs: three
 * exchanges in a row that may not have been taken open it, a text meanwhile fails at once as surely not taken, and
 * once the pause is over one probe closes it again when Twilio answers. Refusals are answers, not an outage.
 */
class TwilioMessagingOutageTest {

    private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    private static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
    private static final String CALLER = "+14165550123";
    private static final String SID = "SM0123456789abcdef0123456789abcdef";
    /** Far longer than the client's bound on an answer: the fake answers only after the test has ended. */
    private static final int NEVER_MS = 600_000;

    private final WireMockServer twilio = new WireMockServer(wireMockConfig().dynamicPort());
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-03T15:00:00Z"));
    private TwilioTextMessages messages;

    @BeforeEach
    void start() {
        twilio.start();
        messages = new TwilioTextMessages(ACCOUNT, "secret-auth-token", "+16475550000", twilio.baseUrl(), null,
                clock);
    }

    @AfterEach
    void stop() {
        twilio.stop();
    }

    @Test
    void givenThreeFailuresInARow_thenTwilioIsNotAskedUntilTheProbeWhichRecovers() {
        twilio.stubFor(create().inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(error(503)));
        for (int failure = 1; failure <= TwilioTextMessages.FAILURES_TO_OPEN; failure++) {
            assertThat(messages.failing()).isFalse();
            assertThat(sendFails()).isEqualTo(Outcome.UNKNOWN);
        }

        assertThat(messages.failing()).isTrue();
        assertThatThrownBy(() -> messages.send(CALLER, "hello")).isInstanceOf(SendFailed.class)
                .hasMessage("Twilio was not asked: it failed 3 times in a row moments ago")
                .satisfies(failed -> assertThat(((SendFailed) failed).outcome()).isEqualTo(Outcome.NOT_TAKEN));
        twilio.verify(TwilioTextMessages.FAILURES_TO_OPEN, postRequestedFor(urlPathEqualTo(MESSAGES)));

        twilio.stubFor(create().inScenario("outage").whenScenarioStateIs(Scenario.STARTED).willReturn(created()));
        clock.move(TwilioTextMessages.OPEN_FOR.plusMillis(1));
        assertThat(messages.send(CALLER, "hello")).isEqualTo(SID);

        assertThat(messages.failing()).isFalse();
        twilio.verify(TwilioTextMessages.FAILURES_TO_OPEN + 1, postRequestedFor(urlPathEqualTo(MESSAGES)));
    }

    @Test
    void givenAProbeThatFails_thenTheBreakerOpensForAnotherPause() {
        twilio.stubFor(create().willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        for (int failure = 1; failure <= TwilioTextMessages.FAILURES_TO_OPEN; failure++) {
            sendFails();
        }
        clock.move(TwilioTextMessages.OPEN_FOR.plusMillis(1));

        assertThat(sendFails()).isEqualTo(Outcome.UNKNOWN);
        assertThat(sendFails()).isEqualTo(Outcome.NOT_TAKEN);

        assertThat(messages.failing()).isTrue();
        twilio.verify(TwilioTextMessages.FAILURES_TO_OPEN + 1, postRequestedFor(urlPathEqualTo(MESSAGES)));
    }

    /** A Twilio that accepts the connection and never answers ends at the client's bound and counts as a failure. */
    @Test
    void givenTwilioHangs_thenTheExchangeEndsAtTheBoundAndCountsTowardsOpening() {
        twilio.stubFor(create().willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        for (int failure = 1; failure < TwilioTextMessages.FAILURES_TO_OPEN; failure++) {
            sendFails();
        }
        twilio.stubFor(create().willReturn(created().withFixedDelay(NEVER_MS)));

        assertThat(sendFails()).isEqualTo(Outcome.UNKNOWN);

        assertThat(messages.failing()).isTrue();
        assertThat(sendFails()).isEqualTo(Outcome.NOT_TAKEN);
    }

    @Test
    void givenRefusalsAndRateLimits_thenTwilioIsAnsweringAndTheBreakerStaysClosed() {
        twilio.stubFor(create().willReturn(error(400)));
        for (int refusal = 0; refusal < 2 * TwilioTextMessages.FAILURES_TO_OPEN; refusal++) {
            assertThat(sendFails()).isEqualTo(Outcome.REFUSED);
        }
        twilio.stubFor(create().willReturn(error(429)));
        for (int limited = 0; limited < 2 * TwilioTextMessages.FAILURES_TO_OPEN; limited++) {
            assertThat(sendFails()).isEqualTo(Outcome.NOT_TAKEN);
        }

        assertThat(messages.failing()).isFalse();
        twilio.verify(4 * TwilioTextMessages.FAILURES_TO_OPEN, postRequestedFor(urlPathEqualTo(MESSAGES)));
    }

    private Outcome sendFails() {
        try {
            messages.send(CALLER, "hello");
        } catch (SendFailed failed) {
            return failed.outcome();
        }
        throw new AssertionError("the text was sent");
    }

    private static MappingBuilder create() {
        return post(urlPathEqualTo(MESSAGES));
    }

    private static ResponseDefinitionBuilder created() {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
                {"account_sid": "%s", "sid": "%s", "status": "queued", "to": "%s", "body": "hello"}"""
                .formatted(ACCOUNT, SID, CALLER));
    }

    private static ResponseDefinitionBuilder error(int status) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody("""
                {"code": 20%d, "message": "no", "more_info": "https://www.twilio.com/docs/errors/20%d", "status": %d}"""
                .formatted(status, status, status));
    }
}
