package bella.bootstrap;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A local fake of OpenAI's transcription endpoint: {@code POST /v1/audio/transcriptions}, a multipart form with the
 * model {@code whisper-1} and the audio as {@code file}, authorised by a bearer key, answers {@code {"text": …}};
 * or, when told, OpenAI's error JSON with 500 or 429.
 */
final class FakeWhisper implements AutoCloseable {

    static final String KEY = "sk-test-0123456789";
    static final String PATH = "/v1/audio/transcriptions";

    private final WireMockServer whisper = new WireMockServer(wireMockConfig().dynamicPort());

    FakeWhisper() {
        whisper.start();
    }

    String baseUrl() {
        return whisper.baseUrl();
    }

    /** Audio sent with the model and the key is answered with these words. */
    void hears(String words) {
        answers(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"text\": \"" + words + "\"}"));
    }

    /** Every request is answered with OpenAI's error JSON and this status. */
    void fails(int status) {
        answers(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"message\": \"failed\", \"type\": \"server_error\", \"code\": null}}"));
    }

    /** Every request is answered, but only after a minute: longer than anyone waits for it. */
    void hangs() {
        answers(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"text\": \"too late\"}").withFixedDelay(60_000));
    }

    /** Every request is answered 200 with something that is not Whisper's JSON. */
    void answersGarbage() {
        answers(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html>oops</html>"));
    }

    private void answers(ResponseDefinitionBuilder answer) {
        whisper.resetMappings();
        whisper.stubFor(post(urlPathEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Content-Type", containing("multipart/form-data"))
                .withRequestBody(containing("whisper-1")).willReturn(answer));
    }

    int requests() {
        return whisper.findAll(postRequestedFor(urlPathEqualTo(PATH))).size();
    }

    @Override
    public void close() {
        whisper.stop();
    }
}
