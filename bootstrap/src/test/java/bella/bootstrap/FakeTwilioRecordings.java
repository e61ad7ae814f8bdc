package bella.bootstrap;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A local fake of Twilio's Recording media as its documentation describes it: {@code GET
 * /2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}.mp3} (or {@code .wav}, or no suffix) answers the
 * audio to the account's SID and auth token as HTTP basic credentials, 401 to anyone else, and Twilio's 404 JSON
 * for a recording it does not hold; {@code DELETE …/Recordings/{RecordingSid}.json} answers 204 when told to delete
 * it, else 404, or the status it is told to fail with.
 */
final class FakeTwilioRecordings implements AutoCloseable {

    static final String ACCOUNT = FakeTwilioMessages.ACCOUNT;
    static final byte[] AUDIO = "ID3\u0004\u0000fake mp3 frames of a caller's message".getBytes();

    private final WireMockServer twilio = new WireMockServer(wireMockConfig().dynamicPort());

    FakeTwilioRecordings() {
        twilio.start();
        twilio.stubFor(delete(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\": 20404, \"message\": \"The requested resource was not found\", "
                        + "\"status\": 404}")));
        twilio.stubFor(get(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\": 20404, \"message\": \"The requested resource was not found\", "
                        + "\"more_info\": \"https://www.twilio.com/docs/errors/20404\", \"status\": 404}")));
    }

    String baseUrl() {
        return twilio.baseUrl();
    }

    /** The settings of a Bella that may record calls, fetching recordings from this fake for that Whisper. */
    Map<String, String> recordingWith(FakeWhisper whisper) {
        return Map.of("CALL_RECORDING_ENABLED", "true", "TWILIO_ACCOUNT_SID", ACCOUNT, "TWILIO_API_BASE_URL",
                baseUrl(), "WHISPER_BASE_URL", whisper.baseUrl(), "OPENAI_API_KEY", FakeWhisper.KEY);
    }

    /** Where Twilio's webhooks say a recording is: its URL without a suffix. */
    String urlOf(String recordingSid) {
        return twilio.baseUrl() + path(recordingSid);
    }

    static String path(String recordingSid) {
        return "/2010-04-01/Accounts/" + ACCOUNT + "/Recordings/" + recordingSid;
    }

    /** Twilio holds the recording: its MP3 is served to the account's credentials. */
    void holds(String recordingSid) {
        twilio.stubFor(mp3(recordingSid).atPriority(2).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"code\": 20003, \"status\": 401}")));
        twilio.stubFor(mp3(recordingSid).atPriority(1)
                .withBasicAuth(ACCOUNT, RunningBella.AUTH_TOKEN)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "audio/mpeg").withBody(AUDIO)));
    }

    private static MappingBuilder mp3(String recordingSid) {
        return get(urlPathEqualTo(path(recordingSid) + ".mp3"));
    }

    /** Twilio deletes the recording, to the account's credentials, answering 204. */
    void deletes(String recordingSid) {
        twilio.stubFor(delete(urlPathEqualTo(path(recordingSid) + ".json")).atPriority(1)
                .withBasicAuth(ACCOUNT, RunningBella.AUTH_TOKEN).willReturn(aResponse().withStatus(204)));
    }

    /** Twilio answers every deletion of the recording with this status, as a failing server does. */
    void failsToDelete(String recordingSid, int status) {
        twilio.stubFor(delete(urlPathEqualTo(path(recordingSid) + ".json")).atPriority(1)
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\": 20500, \"status\": " + status + "}")));
    }

    /** How many deletions of the recording reached this fake. */
    int deletionsOf(String recordingSid) {
        return twilio.findAll(deleteRequestedFor(urlPathEqualTo(path(recordingSid) + ".json"))).size();
    }

    /** Every request that reached this fake, whatever it asked. */
    int requests() {
        return twilio.findAll(anyRequestedFor(anyUrl())).size();
    }

    @Override
    public void close() {
        twilio.stop();
    }
}
