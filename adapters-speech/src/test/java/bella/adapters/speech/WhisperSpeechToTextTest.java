package bella.adapters.speech;

import bella.application.messages.SpeechToText;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Whisper client against a fake of OpenAI's {@code POST /v1/audio/transcriptions} as documented: a multipart
 * form with {@code model} and {@code file}, a bearer key, and {@code {"text": …}} back; and its failures: 500, 429,
 * an answer that is not the documented JSON, no answer at all, and a service failing so often the breaker opens.
 */
class WhisperSpeechToTextTest {

    private static final String PATH = "/v1/audio/transcriptions";
    private static final String KEY = "sk-test";
    private static final byte[] AUDIO = "ID3 fake mp3".getBytes();

    @TempDir
    Path directory;

    private final WireMockServer openAi = new WireMockServer(wireMockConfig().dynamicPort());

    WhisperSpeechToTextTest() {
        openAi.start();
    }

    @AfterEach
    void stop() {
        openAi.stop();
    }

    private Path audio() throws Exception {
        return Files.write(directory.resolve("recording.mp3"), AUDIO);
    }

    private void answers(ResponseDefinitionBuilder answer) {
        openAi.stubFor(post(urlPathEqualTo(PATH)).willReturn(answer));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    @Test
    void theAudioIsSentAsTheDocumentedFormAndItsTextReturned() throws Exception {
        openAi.stubFor(post(urlPathEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withMultipartRequestBody(aMultipart().withName("model").withBody(equalTo("whisper-1")))
                .withMultipartRequestBody(aMultipart().withName("file").withBody(binaryEqualTo(AUDIO)))
                .willReturn(json(200, "{\"text\": \"Hi, it's Ada. Please call me back on 416 555 0190.\"}")));

        String words = new WhisperSpeechToText(openAi.baseUrl(), KEY).transcribe(audio());

        assertThat(words).isEqualTo("Hi, it's Ada. Please call me back on 416 555 0190.");
    }

    @Test
    void aServerWithoutKeysIsAskedWithoutOne() throws Exception {
        openAi.stubFor(post(urlPathEqualTo(PATH)).withHeader("Authorization", absent())
                .willReturn(json(200, "{\"text\": \"self-hosted\"}")));

        assertThat(new WhisperSpeechToText(openAi.baseUrl() + "/", null).transcribe(audio())).isEqualTo("self-hosted");
    }

    @Test
    void aServerErrorIsUnavailable() throws Exception {
        answers(json(500, "{\"error\": {\"message\": \"The server had an error\", \"type\": \"server_error\"}}"));
        assertThatThrownBy(() -> new WhisperSpeechToText(openAi.baseUrl(), KEY).transcribe(audio()))
                .isInstanceOf(SpeechToText.Unavailable.class).hasMessageContaining("500");
    }

    @Test
    void aRateLimitIsUnavailable() throws Exception {
        answers(json(429, "{\"error\": {\"message\": \"Rate limit reached\", \"type\": \"requests\"}}")
                .withHeader("Retry-After", "20"));
        assertThatThrownBy(() -> new WhisperSpeechToText(openAi.baseUrl(), KEY).transcribe(audio()))
                .isInstanceOf(SpeechToText.Unavailable.class).hasMessageContaining("429");
    }

    @Test
    void garbageIsUnavailable() throws Exception {
        answers(json(200, "<html>gateway</html>"));
        assertThatThrownBy(() -> new WhisperSpeechToText(openAi.baseUrl(), KEY).transcribe(audio()))
                .isInstanceOf(SpeechToText.Unavailable.class).hasMessageContaining("not JSON");
        answers(json(200, "{\"transcript\": \"another API's field\"}"));
        assertThatThrownBy(() -> new WhisperSpeechToText(openAi.baseUrl(), KEY).transcribe(audio()))
                .isInstanceOf(SpeechToText.Unavailable.class).hasMessageContaining("without a text");
    }

    @Test
    void noAnswerIsUnavailableOnceTheClientStopsWaiting() throws Exception {
        answers(json(200, "{\"text\": \"too late\"}").withFixedDelay(30_000));
        assertThatThrownBy(() -> new WhisperSpeechToText(openAi.baseUrl(), KEY, Duration.ofMillis(300))
                .transcribe(audio())).isInstanceOf(SpeechToText.Unavailable.class)
                .hasMessageContaining("did not answer");
    }

    @Test
    void aServiceThatKeepsFailingIsNotAskedWhileTheBreakerIsOpen() throws Exception {
        answers(json(500, "{}"));
        WhisperSpeechToText whisper = new WhisperSpeechToText(openAi.baseUrl(), KEY);
        for (int i = 0; i < WhisperSpeechToText.WINDOW_MINIMUM; i++) {
            assertThatThrownBy(() -> whisper.transcribe(audio())).isInstanceOf(SpeechToText.Unavailable.class);
        }

        assertThatThrownBy(() -> whisper.transcribe(audio())).isInstanceOf(SpeechToText.Unavailable.class)
                .hasMessageContaining("failed too often");
        assertThat(openAi.findAll(postRequestedFor(urlPathEqualTo(PATH)))).hasSize(WhisperSpeechToText.WINDOW_MINIMUM);
    }
}
