package bella.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Anyone can post to a public webhook: refusing them must not fill the disk with the log. */
@ExtendWith(OutputCaptureExtension.class)
// the captured output is one for the whole JVM: classes capturing it must not run at the same time
@ResourceLock(Resources.SYSTEM_OUT)
@ResourceLock(Resources.SYSTEM_ERR)
class HostileWebhooksTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int EACH = 100;

    @Test
    void givenHundredsOfRefusedWebhooks_whenServed_thenEachRefusedAndOnlyAFewShortLinesLogged(
            @TempDir Path dir, CapturedOutput output) throws Exception {
        // every one reaches the webhooks' own checks: past the limit per caller they would be told goodbye instead
        try (RunningBella bella = RunningBella.start(dir.resolve("bella.db"), Map.of("WEBHOOK_LIMIT_PER_CALLER", "0"))) {
            int logStart = output.getAll().length();

            for (int i = 0; i < EACH; i++) {
                TwilioCaller stranger = bella.caller("CAunknown" + i, "+14165550123");
                assertThat(stranger.post("/twilio/gather?turn=1&expect=INTENT", Map.of("Digits", "1"))
                        .statusCode()).isEqualTo(404);
                assertThat(stranger.post("/twilio/status", Map.of("CallStatus", "completed")).statusCode())
                        .isEqualTo(404);
                assertThat(stranger.post("/twilio/gather?turn=first&expect=INTENT", Map.of()).statusCode())
                        .isEqualTo(400);
                assertThat(unsigned(bella.base() + "/twilio/voice").statusCode()).isEqualTo(403);
            }

            List<String> logged = output.getAll().substring(logStart).lines().toList();
            assertThat(logged).noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception"));
            // one line per reason (3) and minute: a few more only if this loop ran for minutes
            assertThat(logged).filteredOn(line -> line.contains(" WARN ") || line.contains(" ERROR "))
                    .hasSizeBetween(3, 9)
                    .allMatch(line -> line.contains("Refused a webhook") && line.length() < 400);
        }
    }

    private static HttpResponse<String> unsigned(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", "forged")
                .POST(HttpRequest.BodyPublishers.ofString("CallSid=CAforged&From=%2B14165550123"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
