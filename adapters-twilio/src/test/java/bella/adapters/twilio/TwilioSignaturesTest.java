package bella.adapters.twilio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class TwilioSignaturesTest {

    private static final String TOKEN = "12345678901234567890123456789012";
    private static final String CALL_SID = "CA0123456789abcdef0123456789abcdef";

    /** Twilio's documented algorithm, written out here so the test does not trust the SDK it checks. */
    static String twilioSignature(String token, String fullUrl, Map<String, String> bodyParameters) {
        StringBuilder signed = new StringBuilder(fullUrl);
        new TreeMap<>(bodyParameters).forEach((name, value) -> signed.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Map<String, String> callParameters() {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("CallSid", CALL_SID);
        body.put("AccountSid", "AC0123456789abcdef0123456789abcdef");
        body.put("From", "+14165550123");
        body.put("To", "+14165550199");
        body.put("CallStatus", "ringing");
        body.put("Direction", "inbound");
        body.put("ApiVersion", "2010-04-01");
        return body;
    }

    /** A POST as a servlet container presents it: query and body parameters merged, the query string kept raw. */
    private static MockHttpServletRequest post(String scheme, String host, int port, String path, String query,
                                               Map<String, String> body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setScheme(scheme);
        request.setServerName(host);
        request.setServerPort(port);
        request.setSecure("https".equals(scheme));
        request.setContentType("application/x-www-form-urlencoded");
        request.setRemoteAddr("54.172.60.1");
        if (query != null) {
            request.setQueryString(query);
            for (String pair : query.split("&")) {
                String[] nameValue = pair.split("=", 2);
                request.addParameter(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                        nameValue.length > 1 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "");
            }
        }
        body.forEach(request::addParameter);
        return request;
    }

    private static TwilioSignatures direct() {
        return new TwilioSignatures(TOKEN, RequestedUrls.asReceived());
    }

    private static TwilioSignatures behind(String publicBaseUrl) {
        return new TwilioSignatures(TOKEN, RequestedUrls.under(publicBaseUrl));
    }

    private static TwilioSignatures withoutToken() {
        return new TwilioSignatures(null, RequestedUrls.asReceived());
    }

    private static MockHttpServletResponse filter(TwilioSignatures filter, MockHttpServletRequest request,
                                                  MockFilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    private static void assertForbiddenAndStopped(MockHttpServletResponse response, MockFilterChain chain) {
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(chain.getRequest()).as("the chain must not be called").isNull();
    }

    @Test
    void givenToken_whenCallWebhookSignedAsTwilioDocuments_thenPassesToTheChain() throws Exception {
        var request = post("https", "bella.example.com", 443, "/twilio/voice", null, callParameters());
        request.addHeader("X-Twilio-Signature",
                twilioSignature(TOKEN, "https://bella.example.com/twilio/voice", callParameters()));
        var chain = new MockFilterChain();

        var response = filter(direct(), request, chain);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isSameAs(request);
    }

    @Test
    void givenToken_whenGatherSignedOverUrlWithQueryAndBodyOnly_thenPasses() throws Exception {
        Map<String, String> body = new LinkedHashMap<>(callParameters());
        body.put("CallStatus", "in-progress");
        body.put("SpeechResult", "Book an appointment for Tuesday at 3 & 4, please.");
        body.put("Confidence", "0.92");
        String query = "turn=2&expect=INTENT";
        var request = post("https", "bella.example.com", 443, "/twilio/gather", query, body);
        request.addHeader("X-Twilio-Signature",
                twilioSignature(TOKEN, "https://bella.example.com/twilio/gather?" + query, body));
        var chain = new MockFilterChain();

        var response = filter(direct(), request, chain);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isSameAs(request);
    }

    @Test
    void givenToken_whenSignatureIsMissing_thenForbiddenAndChainNotCalled() throws Exception {
        var request = post("https", "bella.example.com", 443, "/twilio/voice", null, callParameters());
        var chain = new MockFilterChain();

        var response = filter(direct(), request, chain);

        assertForbiddenAndStopped(response, chain);
        assertThat(response.getContentAsString()).doesNotContain("Exception").doesNotContain("at bella.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not-base64!!", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=", "x"})
    void givenToken_whenSignatureIsWrong_thenForbiddenAndChainNotCalled(String signature) throws Exception {
        var request = post("https", "bella.example.com", 443, "/twilio/voice", null, callParameters());
        request.addHeader("X-Twilio-Signature", signature);
        var chain = new MockFilterChain();

        assertForbiddenAndStopped(filter(direct(), request, chain), chain);
    }

    @Test
    void givenToken_whenSignedWithAnotherToken_thenForbidden() throws Exception {
        var request = post("https", "bella.example.com", 443, "/twilio/voice", null, callParameters());
        request.addHeader("X-Twilio-Signature", twilioSignature("another-token-entirely-000000000",
                "https://bella.example.com/twilio/voice", callParameters()));
        var chain = new MockFilterChain();

        assertForbiddenAndStopped(filter(direct(), request, chain), chain);
    }

    @Test
    void givenToken_whenBodyParametersDifferFromThoseSigned_thenForbidden() throws Exception {
        Map<String, String> sent = new LinkedHashMap<>(callParameters());
        sent.put("From", "+14165550666");
        var request = post("https", "bella.example.com", 443, "/twilio/voice", null, sent);
        request.addHeader("X-Twilio-Signature",
                twilioSignature(TOKEN, "https://bella.example.com/twilio/voice", callParameters()));
        var chain = new MockFilterChain();

        assertForbiddenAndStopped(filter(direct(), request, chain), chain);
    }

    @Test
    void givenToken_whenAParameterIsAddedAfterSigning_thenForbidden() throws Exception {
        Map<String, String> sent = new LinkedHashMap<>(callParameters());
        sent.put("Digits", "1");
        var request = post("https", "bella.example.com", 443, "/twilio/voice", null, sent);
        request.addHeader("X-Twilio-Signature",
                twilioSignature(TOKEN, "https://bella.example.com/twilio/voice", callParameters()));
        var chain = new MockFilterChain();

        assertForbiddenAndStopped(filter(direct(), request, chain), chain);
    }

    @Test
    void givenToken_whenQueryStringDiffersFromTheOneSigned_thenForbidden() throws Exception {
        var request = post("https", "bella.example.com", 443, "/twilio/gather", "turn=9&expect=PHONE",
                callParameters());
        request.addHeader("X-Twilio-Signature", twilioSignature(TOKEN,
                "https://bella.example.com/twilio/gather?turn=2&expect=INTENT", callParameters()));
        var chain = new MockFilterChain();

        assertForbiddenAndStopped(filter(direct(), request, chain), chain);
    }

    @Test
    void givenToken_whenSignedForAnotherPath_thenForbidden() throws Exception {
        var request = post("https", "bella.example.com", 443, "/twilio/status", null, callParameters());
        request.addHeader("X-Twilio-Signature",
                twilioSignature(TOKEN, "https://bella.example.com/twilio/voice", callParameters()));
        var chain = new MockFilterChain();

        assertForbiddenAndStopped(filter(direct(), request, chain), chain);
    }

    @Test
    void givenPublicBaseUrl_whenRequestArrivesAtInternalAddressSignedForPublicOne_thenPasses() throws Exception {
        Map<String, String> body = new LinkedHashMap<>(callParameters());
        body.put("Digits", "2");
        String query = "turn=3&expect=CHOICE";
        var request = post("http", "internal", 8080, "/twilio/gather", query, body);
        request.addHeader("X-Twilio-Signature",
                twilioSignature(TOKEN, "https://bella.example.com/twilio/gather?" + query, body));
        var chain = new MockFilterChain();

        var response = filter(behind("https://bella.example.com"), request, chain);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isSameAs(request);
    }

    @Test
    void givenPublicBaseUrlWithTrailingSlash_whenSignedForPublicUrl_thenPasses() throws Exception {
        var request = post("http", "internal", 8080, "/twilio/voice", null, callParameters());
        request.addHeader("X-Twilio-Signature",
                twilioSignature(TOKEN, "https://bella.example.com/twilio/voice", callParameters()));
        var chain = new MockFilterChain();

        filter(behind("https://bella.example.com/"), request, chain);

        assertThat(chain.getRequest()).isSameAs(request);
    }

    @Test
    void givenPublicBaseUrl_whenSignedForTheInternalUrl_thenForbidden() throws Exception {
        var request = post("http", "internal", 8080, "/twilio/voice", null, callParameters());
        request.addHeader("X-Twilio-Signature",
                twilioSignature(TOKEN, "http://internal:8080/twilio/voice", callParameters()));
        var chain = new MockFilterChain();

        assertForbiddenAndStopped(filter(behind("https://bella.example.com"), request, chain),
                chain);
    }

    @Test
    void givenNoPublicBaseUrl_whenBehindProxySignedForPublicUrl_thenForbidden() throws Exception {
        var request = post("http", "internal", 8080, "/twilio/voice", null, callParameters());
        request.addHeader("X-Twilio-Signature",
                twilioSignature(TOKEN, "https://bella.example.com/twilio/voice", callParameters()));
        var chain = new MockFilterChain();

        assertForbiddenAndStopped(filter(direct(), request, chain), chain);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/actuator/health", "/twilioX/voice", "/api/twilio/voice"})
    void givenToken_whenPathIsNotUnderTwilio_thenPassesUnchecked(String path) throws Exception {
        var request = post("https", "bella.example.com", 443, path, null, Map.of());
        var chain = new MockFilterChain();

        var response = filter(direct(), request, chain);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isSameAs(request);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1", "0:0:0:0:0:0:0:1", "127.0.0.2"})
    void givenNoToken_whenClientIsLoopback_thenPasses(String address) throws Exception {
        var request = post("http", "localhost", 8080, "/twilio/voice", null, callParameters());
        request.setRemoteAddr(address);
        var chain = new MockFilterChain();

        var response = filter(withoutToken(), request, chain);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isSameAs(request);
    }

    @ParameterizedTest
    @ValueSource(strings = {"54.172.60.1", "192.168.1.20", "10.0.0.1", "2001:db8::1", "0.0.0.0"})
    void givenNoToken_whenClientIsAnotherAddress_thenForbiddenAndChainNotCalled(String address) throws Exception {
        var request = post("http", "localhost", 8080, "/twilio/voice", null, callParameters());
        request.setRemoteAddr(address);
        var chain = new MockFilterChain();

        var response = filter(withoutToken(), request, chain);

        assertForbiddenAndStopped(response, chain);
        assertThat(response.getContentAsString()).contains("TWILIO_AUTH_TOKEN");
    }

    @Test
    void givenNoToken_whenAnotherAddressSendsAValidLookingSignature_thenStillForbidden() throws Exception {
        var request = post("https", "bella.example.com", 443, "/twilio/voice", null, callParameters());
        request.addHeader("X-Twilio-Signature",
                twilioSignature(TOKEN, "https://bella.example.com/twilio/voice", callParameters()));
        var chain = new MockFilterChain();

        assertForbiddenAndStopped(filter(withoutToken(), request, chain), chain);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/twilio;x=1/voice", "/%74wilio/voice"})
    void givenToken_whenUnsignedPathIsATwilioPathInDisguise_thenForbidden(String path) throws Exception {
        var request = post("https", "bella.example.com", 443, path, null, callParameters());
        var chain = new MockFilterChain();

        assertForbiddenAndStopped(filter(direct(), request, chain), chain);
    }
}
