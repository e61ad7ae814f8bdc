package bella.adapters.twilio;

import bella.application.messages.Recordings;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Recordings are deleted at a fake of Twilio's Recording API as Twilio documents it: {@code DELETE
 * /2010-04-01/Accounts/{AccountSid}/Recordings/{RecordingSid}.json} with the account's credentials answers 204, and
 * 404 for a recording it does not hold, which counts as deleted; anything else is a failure to try again.
 */
class TwilioRecordingDeletionTest {

    private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    private static final String TOKEN = "token-0123";
    private static final String SID = "RE0123456789abcdef0123456789abcdef";
    private static final String JSON = "/2010-04-01/Accounts/" + ACCOUNT + "/Recordings/" + SID + ".json";

    private final WireMockServer twilio = new WireMockServer(wireMockConfig().dynamicPort());
    private final TwilioRecordings recordings;

    TwilioRecordingDeletionTest() {
        twilio.start();
        twilio.stubFor(delete(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"code\": 20404, \"status\": 404}")));
        twilio.stubFor(delete(urlPathEqualTo(JSON)).atPriority(5).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"code\": 20003, \"status\": 401}")));
        recordings = new TwilioRecordings(twilio.baseUrl(), ACCOUNT, TOKEN);
    }

    @AfterEach
    void stop() {
        twilio.stop();
    }

    @Test
    void aRecordingIsDeletedWithTheAccountsCredentials() {
        twilio.stubFor(delete(urlPathEqualTo(JSON)).atPriority(1).withBasicAuth(ACCOUNT, TOKEN)
                .willReturn(aResponse().withStatus(204)));

        assertThatCode(() -> recordings.delete(SID)).doesNotThrowAnyException();
        assertThat(twilio.findAll(deleteRequestedFor(urlPathEqualTo(JSON)))).hasSize(1);
    }

    @Test
    void aRecordingTwilioDoesNotHoldCountsAsDeleted() {
        assertThatCode(() -> recordings.delete("RE" + "f".repeat(32))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 429, 500, 503})
    void anyOtherAnswerIsAFailureToTryAgain(int status) {
        twilio.stubFor(delete(urlPathEqualTo(JSON)).atPriority(1).withBasicAuth(ACCOUNT, TOKEN)
                .willReturn(aResponse().withStatus(status)));

        assertThatThrownBy(() -> recordings.delete(SID)).isInstanceOf(Recordings.Unavailable.class)
                .hasMessageContaining(String.valueOf(status));
    }

    @Test
    void aTwilioThatCannotBeReachedIsAFailureToTryAgain() {
        TwilioRecordings nowhere = new TwilioRecordings("http://127.0.0.1:1", ACCOUNT, TOKEN);

        assertThatThrownBy(() -> nowhere.delete(SID)).isInstanceOf(Recordings.Unavailable.class);
    }

    @Test
    void onlyARecordingsSidIsEverDeleted() {
        assertThatThrownBy(() -> recordings.delete("../Calls/CA0123")).isInstanceOf(IllegalArgumentException.class);
        assertThat(twilio.getAllServeEvents()).isEmpty();
    }
}
