package bella.adapters.twilio;

import bella.application.messages.Recordings;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Recordings are fetched from a fake of Twilio's Recording API as Twilio documents it (the media as MP3 under the
 * recording's URL with {@code .mp3}, to the account's SID and token as basic credentials, a 404 for one it does not
 * hold), and only from there: every other address a webhook could name is refused before any request is made.
 */
class TwilioRecordingsTest {

    private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    private static final String TOKEN = "token-0123";
    private static final String SID = "RE0123456789abcdef0123456789abcdef";
    private static final String PATH = "/2010-04-01/Accounts/" + ACCOUNT + "/Recordings/" + SID;

    @TempDir
    Path directory;

    private final WireMockServer twilio = new WireMockServer(wireMockConfig().dynamicPort());
    private final TwilioRecordings recordings;

    TwilioRecordingsTest() {
        twilio.start();
        twilio.stubFor(get(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"code\": 20404, \"status\": 404}")));
        recordings = new TwilioRecordings(twilio.baseUrl(), ACCOUNT, TOKEN);
    }

    @AfterEach
    void stop() {
        twilio.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".wav", ".mp3"})
    void aRecordingUrlUnderTheApiIsTakenInEachDocumentedForm(String suffix) {
        assertThat(recordings.pathOf(twilio.baseUrl() + PATH + suffix)).contains(PATH);
    }

    @Test
    void twilioItselfIsTheDefaultApi() {
        assertThat(new TwilioRecordings(TwilioRecordings.TWILIO_API, ACCOUNT, TOKEN)
                .pathOf("https://api.twilio.com" + PATH)).contains(PATH);
        assertThat(new TwilioRecordings(TwilioRecordings.TWILIO_API, ACCOUNT, TOKEN)
                .pathOf("http://api.twilio.com" + PATH)).as("another scheme").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://attacker.example" + PATH,
            "http://127.0.0.1:1" + PATH,
            "{base}@attacker.example" + PATH,
            "http://user:pass@{host}" + PATH,
            "{base}/../../etc/passwd",
            "{base}/2010-04-01/Accounts/" + ACCOUNT + "/Recordings/../Messages.json",
            "{base}/2010-04-01/Accounts/" + ACCOUNT + "/Recordings/%2e%2e/" + SID,
            "{base}" + PATH + "?redirect=https://attacker.example",
            "{base}" + PATH + "#x",
            "{base}" + PATH + ".json",
            "{base}" + PATH + "/Transcriptions",
            "{base}/2010-04-01/Accounts/AC99999999999999999999999999999999/Recordings/" + SID,
            "file:///etc/passwd",
            "not a url at all",
            ""})
    void anyOtherAddressIsRefused(String url) {
        String named = url.replace("{base}", twilio.baseUrl()).replace("{host}", "localhost:" + twilio.port());
        assertThat(recordings.pathOf(named)).as(named).isEmpty();
        assertThat(twilio.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void theMediaIsFetchedAsMp3WithTheAccountsCredentials() throws Exception {
        byte[] audio = "ID3 fake mp3".getBytes();
        twilio.stubFor(get(urlPathEqualTo(PATH + ".mp3")).withBasicAuth(ACCOUNT, TOKEN)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "audio/mpeg").withBody(audio)));

        Path file = recordings.fetch(PATH, directory);

        assertThat(Files.readAllBytes(file)).isEqualTo(audio);
        assertThat(file.getParent()).isEqualTo(directory);
    }

    @Test
    void aRecordingTwilioDoesNotHoldIsNotFound() {
        assertThatThrownBy(() -> recordings.fetch(PATH, directory)).isInstanceOf(Recordings.NotFound.class);
        assertThat(directory).isEmptyDirectory();
    }

    @Test
    void refusedCredentialsAndServerErrorsAreUnavailable() {
        twilio.stubFor(get(urlPathEqualTo(PATH + ".mp3")).willReturn(aResponse().withStatus(401)));
        assertThatThrownBy(() -> recordings.fetch(PATH, directory)).isInstanceOf(Recordings.Unavailable.class)
                .hasMessageContaining("401");
        twilio.stubFor(get(urlPathEqualTo(PATH + ".mp3")).willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> recordings.fetch(PATH, directory)).isInstanceOf(Recordings.Unavailable.class);
    }

    @Test
    void aRedirectIsNotFollowed() {
        twilio.stubFor(get(urlPathEqualTo(PATH + ".mp3")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "https://attacker.example/steal")));
        assertThatThrownBy(() -> recordings.fetch(PATH, directory)).isInstanceOf(Recordings.Unavailable.class)
                .hasMessageContaining("302");
    }

    @Test
    void aFiftyMegabyteRecordingIsRefusedByItsSize() {
        twilio.stubFor(get(urlPathEqualTo(PATH + ".mp3")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/mpeg").withBody(new byte[50 * 1024 * 1024])));

        assertThatThrownBy(() -> recordings.fetch(PATH, directory)).isInstanceOf(Recordings.TooLarge.class);
        assertThat(directory).isEmptyDirectory();
    }

    @Test
    void aLargeRecordingThatDoesNotSayItsSizeIsCutOffAndNothingKept() {
        twilio.stubFor(get(urlPathEqualTo(PATH + ".mp3")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/mpeg").withHeader("Transfer-Encoding", "chunked")
                .withBody(new byte[(int) TwilioRecordings.LARGEST_RECORDING_BYTES + 1])));

        assertThatThrownBy(() -> recordings.fetch(PATH, directory)).isInstanceOf(Recordings.TooLarge.class);
        assertThat(directory).isEmptyDirectory();
    }
}
