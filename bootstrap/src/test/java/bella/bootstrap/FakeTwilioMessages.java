package bella.bootstrap;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A local fake of Twilio's Messages API as its documentation describes it: {@code POST
 * /2010-04-01/Accounts/{AccountSid}/Messages.json} answers 201 with the Message resource (a new SID each time), or
 * Twilio's error JSON for numbers a test makes fail; the same resource's list answers an empty page, as for texts
 * it never took.
 */
final class FakeTwilioMessages implements AutoCloseable {

    static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
    static final String BUSINESS_NUMBER = "+16475550000";

    private final WireMockServer twilio = new WireMockServer(wireMockConfig().dynamicPort().globalTemplating(true));

    FakeTwilioMessages() {
        twilio.start();
        twilio.stubFor(post(urlPathEqualTo(MESSAGES)).atPriority(10).willReturn(created()));
        twilio.stubFor(get(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"end": 0, "first_page_uri": "%s?PageSize=50&Page=0", "next_page_uri": null, "page": 0,
                         "page_size": 50, "previous_page_uri": null, "start": 0, "uri": "%s", "messages": []}"""
                        .formatted(MESSAGES, MESSAGES))));
    }

    /** What Bella needs to text through this fake. */
    Map<String, String> settings() {
        return Map.of("TWILIO_ACCOUNT_SID", ACCOUNT, "TWILIO_PHONE_NUMBER", BUSINESS_NUMBER,
                "TWILIO_API_BASE_URL", twilio.baseUrl());
    }

    /** Every text to {@code number} is answered with Twilio's error: {@code status}, {@code code}, {@code message}. */
    void refuses(String number, int status, int code, String message) {
        twilio.stubFor(toNumber(number).willReturn(error(status, code, message)));
    }

    /** The first text to {@code number} is answered with Twilio's error; the next ones are taken. */
    void refusesOnce(String number, int status, int code, String message) {
        String scenario = "once to " + number;
        twilio.stubFor(toNumber(number).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(error(status, code, message)).willSetStateTo("taken"));
        twilio.stubFor(toNumber(number).inScenario(scenario).whenScenarioStateIs("taken").willReturn(created()));
    }

    /** The bodies of the texts Bella asked Twilio to send to {@code number}, taken or not, in order. */
    List<String> textsTo(String number) {
        return requestsTo(number).stream().map(request -> request.formParameters().get("Body").firstValue()).toList();
    }

    List<LoggedRequest> requestsTo(String number) {
        return twilio.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)).withFormParam("To", equalTo(number)));
    }

    /** How often Bella asked whether Twilio had taken a text to {@code number} whose answer it lost. */
    int lookupsFor(String number) {
        return twilio.findAll(getRequestedFor(urlPathEqualTo(MESSAGES)).withQueryParam("To", equalTo(number))).size();
    }

    List<LoggedRequest> allTexts() {
        return twilio.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)));
    }

    WireMockServer server() {
        return twilio;
    }

    @Override
    public void close() {
        twilio.stop();
    }

    private static MappingBuilder toNumber(String number) {
        return post(urlPathEqualTo(MESSAGES)).atPriority(1).withFormParam("To", equalTo(number));
    }

    /** Twilio's answer to a new message: 201 and the Message resource, queued, with a SID of its own. */
    private static ResponseDefinitionBuilder created() {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
                {{formData request.body 'form' urlDecode=true}}{"account_sid": "%s", "api_version": "2010-04-01",
                 "body": "{{form.Body}}", "date_created": "Tue, 03 Mar 2026 15:15:00 +0000", "date_sent": null,
                 "date_updated": "Tue, 03 Mar 2026 15:15:00 +0000", "direction": "outbound-api", "error_code": null,
                 "error_message": null, "from": "{{form.From}}", "messaging_service_sid": null, "num_media": "0",
                 "num_segments": "1", "price": null, "price_unit": "USD",
                 "sid": "SM{{randomValue length=32 type='HEXADECIMAL' lowercase=true}}", "status": "queued",
                 "to": "{{form.To}}"}""".formatted(ACCOUNT));
    }

    /** Twilio's documented error answer. */
    private static ResponseDefinitionBuilder error(int status, int code, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody("""
                {"code": %d, "message": "%s", "more_info": "https://www.twilio.com/docs/errors/%d", "status": %d}"""
                .formatted(code, message, code, status));
    }
}
