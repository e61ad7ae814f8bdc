package bella.bootstrap;

import bella.domain.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The limits on webhooks and on the owner's API, with small limits and Bella's clock in the test's hands: a caller
 * past the limit hears a goodbye in valid TwiML, an API client gets 429 and Retry-After, and time gives it back.
 */
@Execution(ExecutionMode.CONCURRENT)
class RateLimitsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path data;

    @Test
    void givenACallerPastTheLimit_thenAGoodbyeInTwimlAndOtherCallersCarryOn() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"),
                Map.of("WEBHOOK_LIMIT_PER_CALLER", "3"), standingStill())) {
            TwilioCaller eager = bella.caller("CA00000000000000000000000000000f01", "+14165550177");
            eager.dial();
            eager.say("I'd like to book an appointment");
            eager.say("next Tuesday at 2 pm");

            HttpResponse<String> limited = eager.post(eager.action(), Map.of("SpeechResult", "Ann Lee",
                    "Confidence", "0.9"));
            assertThat(limited.statusCode()).isEqualTo(200);
            assertThat(limited.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/xml"));
            assertThat(limited.body()).startsWith("<?xml").contains("<Say", "call us back", "<Hangup/>")
                    .doesNotContain("Ann Lee");
            // the call's status report still ends it: one comes per call, and it is not counted
            eager.hangUp(40);

            TwilioCaller other = bella.caller("CA00000000000000000000000000000f02", "+14165550178");
            assertThat(other.dial()).contains("Thank you for calling Maple Dental");
        }
    }

    @Test
    void givenOneAddressPastTheLimit_thenItsWebhooksGetAGoodbyeOrA429BeforeAnyCheck() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"),
                Map.of("WEBHOOK_LIMIT_PER_ADDRESS", "2"), standingStill())) {
            // through a proxy on this machine, which names the client it passes on
            assertThat(unsigned(bella, "/twilio/voice", "203.0.113.9").statusCode()).isEqualTo(403);
            assertThat(unsigned(bella, "/twilio/status", "203.0.113.9").statusCode()).isEqualTo(403);

            HttpResponse<String> voice = unsigned(bella, "/twilio/voice", "203.0.113.9");
            assertThat(voice.statusCode()).isEqualTo(200);
            assertThat(voice.body()).contains("call us back", "<Hangup/>");
            HttpResponse<String> status = unsigned(bella, "/twilio/status", "203.0.113.9");
            assertThat(status.statusCode()).isEqualTo(429);
            assertThat(status.headers().firstValue("Retry-After")).hasValue("30");

            assertThat(unsigned(bella, "/twilio/voice", "198.51.100.4").statusCode()).as("another address")
                    .isEqualTo(403);
            // this machine's own tools (load runs) are not limited: the signature check answers
            for (int i = 0; i < 5; i++) {
                assertThat(unsigned(bella, "/twilio/voice", null).statusCode()).isEqualTo(403);
            }
        }
    }

    @Test
    void givenAnApiClientPastTheLimit_then429WithRetryAfterUntilTheClockGivesItBack() {
        MovableClock clock = standingStill();
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), Map.of("API_LIMIT_PER_CLIENT", "2",
                "API_KEY", "k3y-0f-the-0wner-7f3a9c"), clock)) {
            assertThat(api(bella, "203.0.113.9", "k3y-0f-the-0wner-7f3a9c").statusCode()).isEqualTo(200);
            assertThat(api(bella, "203.0.113.9", "wrong").statusCode()).isEqualTo(401);

            HttpResponse<String> limited = api(bella, "203.0.113.9", "k3y-0f-the-0wner-7f3a9c");
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(limited.body()).contains("\"error\":\"too many requests");
            assertThat(api(bella, "198.51.100.4", "k3y-0f-the-0wner-7f3a9c").statusCode()).isEqualTo(200);

            clock.move(Duration.ofSeconds(29));
            assertThat(api(bella, "203.0.113.9", "k3y-0f-the-0wner-7f3a9c").headers().firstValue("Retry-After"))
                    .hasValue("1");
            clock.move(Duration.ofSeconds(1));
            assertThat(api(bella, "203.0.113.9", "k3y-0f-the-0wner-7f3a9c").statusCode()).isEqualTo(200);

            // this machine's own requests (the command line) are not limited
            for (int i = 0; i < 5; i++) {
                assertThat(api(bella, null, "k3y-0f-the-0wner-7f3a9c").statusCode()).isEqualTo(200);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"WEBHOOK_LIMIT_PER_CALLER", "WEBHOOK_LIMIT_PER_ADDRESS", "API_LIMIT_PER_CLIENT"})
    void aLimitThatIsNoNumberStopsStartUp(String setting) {
        assertThatThrownBy(() -> RunningBella.start(data.resolve("bella.db"), Map.of(setting, "lots")).close())
                .isInstanceOf(StartupCheck.StartRefused.class);
        assertThat(data.resolve("bella.db")).doesNotExist();
    }

    /** A clock that moves only when told, so a slow machine never lets a limit's window pass mid-test. */
    private static MovableClock standingStill() {
        return new MovableClock(OffsetDateTime.parse(RunningBella.MONDAY_MORNING).toInstant());
    }

    private static HttpResponse<String> unsigned(RunningBella bella, String path, String forwardedFor) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(bella.base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "CallSid=CA00000000000000000000000000000f09&From=%2B14165550179&CallStatus=completed"));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return send(request.build());
    }

    private static HttpResponse<String> api(RunningBella bella, String forwardedFor, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(bella.base() + "/api/calls"))
                .header("X-API-Key", key);
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return send(request.build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
