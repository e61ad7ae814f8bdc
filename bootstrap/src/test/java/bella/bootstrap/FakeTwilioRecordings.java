package bella.bootstrap;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A local fake of Twilio's Recording media as its documentation describes it: {@code GET
 * /2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}.mp3} (or {@code .wav}, or no suffix) answers the
 * audio to the account's SID and auth token as HTTP basic credentials, 401 to anyone else, and Twilio's 404 JSON
 * for a recording it does not hold.
 */
final class FakeTwilioRecordings implements AutoCloseable {

    static final String ACCOUNT = FakeTwilioMessages.ACCOUNT;
    static final byte[] AUDIO = "ID3\u0004\u0000fake mp3 frames of a caller's message".getBytes();

    private final WireMockServer twilio = new WireMockServer(wireMockConfig().dynamicPort());

    FakeTwilioRecordings() {
        twilio.start();
        twilio.stubFor(get(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\": 20404, \"message\": \"The requested resource was not found\", "
                        + "\"more_info\": \"https://www.twilio.com/docs/errors/20404\", \"status\": 404}")));
    }

    String baseUrl() {
        return twilio.baseUrl();
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

    /** Every request that reached this fake, whatever it asked. */
    int requests() {
        return twilio.findAll(anyRequestedFor(anyUrl())).size();
    }

    @Override
    public void close() {
        twilio.stop();
    }
}
