package bella.adapters.twilio;

import com.twilio.security.RequestValidator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import static bella.adapters.twilio.TwilioSignaturesTest.twilioSignature;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The URL a signature is checked against, Twilio calling directly, through a proxy named by PUBLIC_BASE_URL, or
 * through one whose X-Forwarded-* headers Bella is told to trust; with and without a port, with query strings.
 * Signatures are computed as Twilio documents it ({@link TwilioSignaturesTest#twilioSignature}), not by the code
 * under test.
 */
class SignedUrlsTest {

    private static final String TOKEN = "12345678901234567890123456789012";
    private static final Map<String, String> BODY = Map.of("CallSid", "CA0123456789abcdef0123456789abcdef",
            "From", "+14165550123", "To", "+16475550000", "SpeechResult", "Tuesday at 3, or 4 & 5?");

    /**
     * A form POST as the container presents it: query and body parameters merged, the query's first; without a port
     * in the Host header, the scheme's default port, as Tomcat reports it.
     */
    private static MockHttpServletRequest post(String scheme, String hostHeader, String pathAndQuery,
                                               Map<String, String> body) {
        String[] parts = pathAndQuery.split("\\?", 2);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", parts[0]);
        request.setScheme(scheme);
        request.setSecure(scheme.equals("https"));
        request.addHeader("Host", hostHeader);
        request.setServerPort(scheme.equals("https") ? 443 : 80);
        request.setRemoteAddr("10.0.0.5");
        request.setContentType("application/x-www-form-urlencoded");
        if (parts.length > 1) {
            request.setQueryString(parts[1]);
            for (String pair : parts[1].split("&")) {
                String[] nameValue = pair.split("=", 2);
                request.addParameter(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                        nameValue.length > 1 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "");
            }
        }
        body.forEach(request::addParameter);
        return request;
    }

    private static MockHttpServletRequest signedFor(String signedUrl, MockHttpServletRequest request) {
        request.addHeader("X-Twilio-Signature", twilioSignature(TOKEN, signedUrl, BODY));
        return request;
    }

    private static int status(RequestedUrls urls, MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new TwilioSignatures(TOKEN, urls).doFilter(request, response, chain);
        assertThat(chain.getRequest() != null).as("passed on exactly when not refused")
                .isEqualTo(response.getStatus() != 403);
        return response.getStatus();
    }

    @Nested
    class Direct {

        @ParameterizedTest(name = "Host {0}, signed for {1}")
        @CsvSource({
                "bella.example.com, https://bella.example.com/twilio/voice",
                "bella.example.com, https://bella.example.com:443/twilio/voice",
                "bella.example.com:443, https://bella.example.com/twilio/voice",
                "bella.example.com:443, https://bella.example.com:443/twilio/voice",
                "bella.example.com:8443, https://bella.example.com:8443/twilio/voice",
                "bella.example.com:8443, https://bella.example.com/twilio/voice"})
        void givenHttps_whenSignedWithOrWithoutThePort_thenPasses(String host, String signedUrl) throws Exception {
            var request = signedFor(signedUrl, post("https", host, "/twilio/voice", BODY));

            assertThat(status(RequestedUrls.asReceived(), request)).isEqualTo(200);
        }

        @Test
        void givenNonDefaultPort_whenSignedForAnotherPort_thenRefused() throws Exception {
            var request = signedFor("https://bella.example.com:9443/twilio/voice",
                    post("https", "bella.example.com:8443", "/twilio/voice", BODY));

            assertThat(status(RequestedUrls.asReceived(), request)).isEqualTo(403);
        }

        @Test
        void givenForwardedHeadersNotTrusted_whenAForgedHostMatchesTheSignature_thenRefused() throws Exception {
            var request = signedFor("https://other-app.example.net/twilio/voice",
                    post("http", "bella.internal:8080", "/twilio/voice", BODY));
            request.addHeader("X-Forwarded-Proto", "https");
            request.addHeader("X-Forwarded-Host", "other-app.example.net");

            assertThat(status(RequestedUrls.asReceived(), request)).isEqualTo(403);
        }
    }

    @Nested
    class BehindPublicBaseUrl {

        @ParameterizedTest(name = "PUBLIC_BASE_URL {0}, signed for {1}")
        @CsvSource({
                "https://bella.example.com, https://bella.example.com/twilio/gather?turn=2&expect=INTENT",
                "https://bella.example.com, https://bella.example.com:443/twilio/gather?turn=2&expect=INTENT",
                "https://bella.example.com:443/, https://bella.example.com/twilio/gather?turn=2&expect=INTENT",
                "https://bella.example.com:8443, https://bella.example.com:8443/twilio/gather?turn=2&expect=INTENT",
                "https://example.com/bella/, https://example.com/bella/twilio/gather?turn=2&expect=INTENT"})
        void givenPublicBaseUrl_whenSignedForThePublicUrl_thenPasses(String base, String signedUrl) throws Exception {
            var request = signedFor(signedUrl, post("http", "127.0.0.1:8080", "/twilio/gather?turn=2&expect=INTENT",
                    BODY));

            assertThat(status(RequestedUrls.under(base), request)).isEqualTo(200);
        }

        @ParameterizedTest
        @ValueSource(strings = {"http://127.0.0.1:8080/twilio/gather?turn=2&expect=INTENT",
                "https://bella.example.com/twilio/gather?turn=3&expect=INTENT",
                "https://bella.example.com:8443/twilio/gather?turn=2&expect=INTENT",
                "http://bella.example.com/twilio/gather?turn=2&expect=INTENT"})
        void givenPublicBaseUrl_whenSignedForAnyOtherUrl_thenRefused(String signedUrl) throws Exception {
            var request = signedFor(signedUrl, post("http", "127.0.0.1:8080", "/twilio/gather?turn=2&expect=INTENT",
                    BODY));

            assertThat(status(RequestedUrls.under("https://bella.example.com"), request)).isEqualTo(403);
        }

        @Test
        void givenPublicBaseUrl_whenForwardedHeadersNameTheSignedHost_thenStillRefused() throws Exception {
            var request = signedFor("https://other-app.example.net/twilio/voice",
                    post("http", "127.0.0.1:8080", "/twilio/voice", BODY));
            request.addHeader("X-Forwarded-Host", "other-app.example.net");

            assertThat(status(RequestedUrls.under("https://bella.example.com"), request)).isEqualTo(403);
        }
    }

    @Nested
    class TrustingForwardedHeaders {

        @ParameterizedTest(name = "{0} / {1} / port {2}, signed for {3}")
        @CsvSource(delimiter = '|', value = {
                "https | bella.example.com | | https://bella.example.com/twilio/voice",
                "https | bella.example.com | | https://bella.example.com:443/twilio/voice",
                "https | bella.example.com | 443 | https://bella.example.com/twilio/voice",
                "https | bella.example.com | 8443 | https://bella.example.com:8443/twilio/voice",
                "https | bella.example.com:8443 | | https://bella.example.com:8443/twilio/voice",
                "https | bella.example.com:8443 | 443 | https://bella.example.com:8443/twilio/voice",
                "HTTPS, http | bella.example.com, proxy.internal | | https://bella.example.com/twilio/voice",
                "https | [2001:db8::7] | | https://[2001:db8::7]/twilio/voice",
                "http | bella.example.com | | http://bella.example.com/twilio/voice",
                "http | bella.example.com | | http://bella.example.com:80/twilio/voice"})
        void givenTrustedHeaders_whenSignedForTheUrlTheyName_thenPasses(String proto, String host, String port,
                                                                       String signedUrl) throws Exception {
            var request = signedFor(signedUrl, post("http", "bella:8080", "/twilio/voice", BODY));
            request.addHeader("X-Forwarded-Proto", proto);
            request.addHeader("X-Forwarded-Host", host);
            if (port != null) {
                request.addHeader("X-Forwarded-Port", port);
            }

            assertThat(status(RequestedUrls.fromForwardedHeaders(), request)).isEqualTo(200);
        }

        @Test
        void givenProxyKeepingTheHostHeader_whenOnlyProtoIsForwarded_thenTheHostHeaderCounts() throws Exception {
            var request = signedFor("https://bella.example.com/twilio/voice",
                    post("http", "bella.example.com", "/twilio/voice", BODY));
            request.addHeader("X-Forwarded-Proto", "https");

            assertThat(status(RequestedUrls.fromForwardedHeaders(), request)).isEqualTo(200);
        }

        @ParameterizedTest
        @ValueSource(strings = {"http://bella:8080/twilio/voice", "https://bella.example.com:8443/twilio/voice",
                "http://bella.example.com/twilio/voice", "https://evil.example/twilio/voice"})
        void givenTrustedHeaders_whenSignedForAnotherUrl_thenRefused(String signedUrl) throws Exception {
            var request = signedFor(signedUrl, post("http", "bella:8080", "/twilio/voice", BODY));
            request.addHeader("X-Forwarded-Proto", "https");
            request.addHeader("X-Forwarded-Host", "bella.example.com");

            assertThat(status(RequestedUrls.fromForwardedHeaders(), request)).isEqualTo(403);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', value = {
                "X-Forwarded-Proto | ftp",
                "X-Forwarded-Proto | https://evil.example/#",
                "X-Forwarded-Host | evil.example/path?",
                "X-Forwarded-Host | user@evil.example",
                "X-Forwarded-Host | bella.example.com:99999",
                "X-Forwarded-Host | bella.example.com:0",
                "X-Forwarded-Port | 443x",
                "X-Forwarded-Port | 70000"})
        void givenTrustedHeaders_whenOneIsNoPartOfAUrl_thenRefusedWithThatReason(String header, String value)
                throws Exception {
            var request = signedFor("https://bella.example.com/twilio/voice",
                    post("http", "bella:8080", "/twilio/voice", BODY));
            request.addHeader("X-Forwarded-Proto", header.equals("X-Forwarded-Proto") ? value : "https");
            request.addHeader("X-Forwarded-Host", header.equals("X-Forwarded-Host") ? value : "bella.example.com");
            if (header.equals("X-Forwarded-Port")) {
                request.addHeader("X-Forwarded-Port", value);
            }
            MockHttpServletResponse response = new MockHttpServletResponse();

            new TwilioSignatures(TOKEN, RequestedUrls.fromForwardedHeaders())
                    .doFilter(request, response, new MockFilterChain());

            assertThat(response.getStatus()).isEqualTo(403);
            assertThat(response.getContentAsString()).isEqualTo(TwilioSignatures.UNUSABLE_PROXY_HEADERS)
                    .doesNotContain(value);
        }
    }

    @Nested
    class QueryStrings {

        /** Escapes stay as they travelled: Twilio signs the URL it requested, not a decoded and re-encoded one. */
        @ParameterizedTest
        @ValueSource(strings = {"turn=2&expect=INTENT", "to=%2B14165550123&name=Jean+Luc", "a=%26b%3D1&c=%C3%A9t%C3%A9",
                "flag&turn=2", "path=%2Ftwilio%2Fvoice"})
        void givenQuery_whenSignedWithAndWithoutThePort_thenBothPass(String query) throws Exception {
            for (String signed : new String[]{"https://bella.example.com/twilio/x?" + query,
                    "https://bella.example.com:443/twilio/x?" + query}) {
                var request = signedFor(signed, post("http", "bella:8080", "/twilio/x?" + query, BODY));

                assertThat(status(RequestedUrls.under("https://bella.example.com"), request)).as(signed)
                        .isEqualTo(200);
            }
        }

        @Test
        void givenQuery_whenItsEscapesWereDecodedBeforeSigning_thenRefused() throws Exception {
            var request = signedFor("https://bella.example.com/twilio/x?to=+14165550123",
                    post("http", "bella:8080", "/twilio/x?to=%2B14165550123", BODY));

            assertThat(status(RequestedUrls.under("https://bella.example.com"), request)).isEqualTo(403);
        }

        @Test
        void givenSignedQuery_whenTheBodyRepeatsAQueryParameterWithAnotherValue_thenRefused() throws Exception {
            Map<String, String> body = new LinkedHashMap<>(BODY);
            body.put("expect", "NAME");
            var request = signedFor("https://bella.example.com/twilio/gather?turn=2&expect=INTENT",
                    post("http", "bella:8080", "/twilio/gather?turn=2&expect=INTENT", body));

            assertThat(status(RequestedUrls.under("https://bella.example.com"), request)).isEqualTo(403);
        }

        @Test
        void givenSignedBody_whenASecondValueOfASignedParameterIsAppended_thenRefused() throws Exception {
            var request = signedFor("https://bella.example.com/twilio/voice",
                    post("http", "bella:8080", "/twilio/voice", BODY));
            request.addParameter("SpeechResult", "cancel everything");

            assertThat(status(RequestedUrls.under("https://bella.example.com"), request)).isEqualTo(403);
        }

        @Test
        void givenRepeatedParameter_whenSignedAsTwilioOrdersIt_thenPasses() throws Exception {
            var request = post("http", "bella:8080", "/twilio/voice", BODY);
            request.addParameter("SpeechResult", "and one more");
            // Twilio's validators sort a name's values too: "SpeechResult" then each value in order
            StringBuilder data = new StringBuilder("https://bella.example.com/twilio/voice");
            new TreeMap<>(BODY).forEach((name, value) -> {
                if (name.equals("SpeechResult")) {
                    data.append(name).append("Tuesday at 3, or 4 & 5?").append(name).append("and one more");
                } else {
                    data.append(name).append(value);
                }
            });
            request.addHeader("X-Twilio-Signature", twilioSignature(TOKEN, data.toString(), Map.of()));

            assertThat(status(RequestedUrls.under("https://bella.example.com"), request)).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "multipart/form-data; boundary=x", "text/plain", ""})
    void givenValidSignatureOfTheUrl_whenTheBodyIsNotAForm_thenRefusedAsUnsigned(String type) throws Exception {
        var request = new MockHttpServletRequest("POST", "/twilio/voice");
        request.addHeader("Host", "bella.example.com");
        request.setScheme("https");
        request.setServerPort(443);
        if (!type.isEmpty()) {
            request.setContentType(type);
        }
        request.setContent("{\"CallSid\":\"CA0123456789abcdef0123456789abcdef\"}".getBytes(StandardCharsets.UTF_8));
        request.addHeader("X-Twilio-Signature", twilioSignature(TOKEN, "https://bella.example.com/twilio/voice",
                Map.of()));
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new TwilioSignatures(TOKEN, RequestedUrls.asReceived()).doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).isEqualTo(TwilioSignatures.UNSIGNED_BODY);
        assertThat(chain.getRequest()).isNull();
    }

    /** The Twilio SDK's own validator, a second reference, agrees on the forms it handles. */
    @ParameterizedTest
    @ValueSource(strings = {"https://bella.example.com/twilio/gather?turn=2&expect=INTENT",
            "https://bella.example.com:443/twilio/gather?turn=2&expect=INTENT",
            "https://bella.example.com:8443/twilio/gather?turn=2&expect=INTENT"})
    void givenSignatureTheSdkAccepts_whenCheckedHere_thenPassesToo(String url) throws Exception {
        String signature = twilioSignature(TOKEN, url, BODY);
        assertThat(new RequestValidator(TOKEN).validate(url, BODY, signature)).isTrue();
        var request = post("http", "bella:8080", "/twilio/gather?turn=2&expect=INTENT", BODY);
        request.addHeader("X-Twilio-Signature", signature);
        request.addHeader("X-Forwarded-Proto", "https");
        request.addHeader("X-Forwarded-Host", url.replaceAll("https://([^/]+)/.*", "$1"));

        assertThat(status(RequestedUrls.fromForwardedHeaders(), request)).isEqualTo(200);
    }
}
