package bella.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every webhook under /twilio/ accepts exactly the requests Twilio signed for the URL it requested: Bella called
 * directly, behind a TLS proxy named by PUBLIC_BASE_URL, or behind one whose X-Forwarded-* headers it is told to
 * trust, with and without the port, with the query strings of Bella's own action URLs. Signatures are computed here
 * as Twilio documents them, independently of the code under test.
 */
@ExtendWith(OutputCaptureExtension.class)
// the captured output is one for the whole JVM: classes capturing it must not run at the same time
@ResourceLock(Resources.SYSTEM_OUT)
@ResourceLock(Resources.SYSTEM_ERR)
class WebhookSignaturesTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PUBLIC = "https://bella.example.com";
    private static final String CALL_SID = "CA0123456789abcdef0123456789abcdef";
    private static final String GATHER = "/twilio/gather?turn=1&expect=INTENT";
    private static final String FORGED_HOST = "another-app.example.net";

    @Test
    void givenPublicBaseUrl_whenAWholeCallIsSignedForThePublicUrl_thenServedWithOrWithoutThePort(@TempDir Path dir)
            throws Exception {
        try (RunningBella bella = RunningBella.start(dir.resolve("bella.db"), Map.of("PUBLIC_BASE_URL", PUBLIC))) {
            assertThat(send(bella, "/twilio/voice", PUBLIC, Map.of(), call()).body()).contains("<Gather");
            assertThat(send(bella, GATHER, PUBLIC + ":443", Map.of(), answer()).body()).contains("<Gather");
            assertThat(send(bella, "/twilio/status", PUBLIC, Map.of(), hangUp()).statusCode()).isEqualTo(204);

            HttpResponse<String> internal = send(bella, GATHER, bella.base(), Map.of(), answer());
            assertThat(internal.statusCode()).isEqualTo(403);
            assertThat(internal.body()).isEqualTo("missing or invalid X-Twilio-Signature");
            assertThat(send(bella, GATHER, PUBLIC + ":8443", Map.of(), answer()).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void givenTrustedProxyHeaders_whenSignedForTheUrlTheyName_thenServedWithOrWithoutThePort(@TempDir Path dir)
            throws Exception {
        try (RunningBella bella = RunningBella.start(dir.resolve("bella.db"), Map.of("TRUST_PROXY_HEADERS", "true"))) {
            Map<String, String> standard = Map.of("X-Forwarded-Proto", "https",
                    "X-Forwarded-Host", "bella.example.com", "X-Forwarded-Port", "443");
            Map<String, String> ownPort = Map.of("X-Forwarded-Proto", "https",
                    "X-Forwarded-Host", "bella.example.com:8443");

            assertThat(send(bella, "/twilio/voice", PUBLIC, standard, call()).statusCode()).isEqualTo(200);
            assertThat(send(bella, GATHER, PUBLIC + ":443", standard, answer()).statusCode()).isEqualTo(200);
            assertThat(send(bella, GATHER, PUBLIC + ":8443", ownPort, answer()).statusCode()).isEqualTo(200);
            assertThat(send(bella, "/twilio/status", PUBLIC, standard, hangUp()).statusCode()).isEqualTo(204);

            assertThat(send(bella, GATHER, bella.base(), standard, answer()).statusCode()).isEqualTo(403);
            assertThat(send(bella, GATHER, PUBLIC + ":9443", ownPort, answer()).statusCode()).isEqualTo(403);
            HttpResponse<String> unusable = send(bella, GATHER, PUBLIC,
                    Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "bella.example.com/evil?"), answer());
            assertThat(unusable.statusCode()).isEqualTo(403);
            assertThat(unusable.body()).doesNotContain("evil");
        }
    }

    @Test
    void givenProxyHeadersNotTrusted_whenAForgedHostMatchesTheSignature_thenRefusedWithOneLineLogged(
            @TempDir Path dir, CapturedOutput output) throws Exception {
        try (RunningBella bella = RunningBella.start(dir.resolve("bella.db"), Map.of())) {
            assertThat(send(bella, "/twilio/voice", bella.base(), Map.of(), call()).statusCode()).isEqualTo(200);
            int logStart = output.getAll().length();
            Instant began = Instant.now();

            for (int i = 0; i < 20; i++) {
                HttpResponse<String> forged = send(bella, GATHER, "https://" + FORGED_HOST,
                        Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", FORGED_HOST), answer());
                assertThat(forged.statusCode()).isEqualTo(403);
                assertThat(forged.body()).isEqualTo("missing or invalid X-Twilio-Signature");
            }

            long minutes = Duration.between(began, Instant.now()).toMinutes();
            List<String> logged = output.getAll().substring(logStart).lines().toList();
            assertThat(logged).filteredOn(line -> line.contains("Refused a webhook"))
                    .hasSizeBetween(1, 1 + (int) minutes)
                    .allSatisfy(line -> assertThat(line).contains("missing or invalid X-Twilio-Signature")
                            .contains("POST " + bella.base() + "/twilio/gather?... from ")
                            .doesNotContain("expect=INTENT"));
            assertThat(logged).noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception"));
            assertThat(send(bella, GATHER, bella.base(), Map.of(), answer()).statusCode()).isEqualTo(200);
        }
    }

    /** The check covers the path prefix, so a webhook added later is covered without being listed anywhere. */
    @Test
    void givenEveryRouteUnderTwilio_whenUnsigned_thenRefusedAndWhenSigned_thenNotRefused(@TempDir Path dir)
            throws Exception {
        try (RunningBella bella = RunningBella.start(dir.resolve("bella.db"), Map.of("PUBLIC_BASE_URL", PUBLIC))) {
            List<String> routes = twilioRoutes(bella);
            assertThat(routes).contains("POST /twilio/voice", "POST /twilio/gather", "POST /twilio/status");

            for (String route : routes) {
                String method = route.split(" ")[0];
                String path = route.split(" ")[1].replaceAll("\\{[^}]*}", "RE0123456789abcdef0123456789abcdef");
                HttpResponse<String> unsigned = send(bella, method, path, null, Map.of(), call());
                assertThat(unsigned.statusCode()).as(route + " unsigned").isEqualTo(403);
                assertThat(unsigned.body()).as(route).isEqualTo("missing or invalid X-Twilio-Signature");

                assertThat(send(bella, method, path, PUBLIC, Map.of(), call()).statusCode()).as(route + " signed")
                        .isNotEqualTo(403).isLessThan(500);
            }
        }
    }

    @Test
    void givenAPathThatReachesAWebhookInDisguise_whenUnsigned_thenNeverServed(@TempDir Path dir) throws Exception {
        try (RunningBella bella = RunningBella.start(dir.resolve("bella.db"), Map.of())) {
            for (String path : List.of("/twilio;x=1/voice", "/%74wilio/voice", "/twilio/%76oice", "/twilio/./voice",
                    "/api/../twilio/voice", "/twilio//voice", "/twilio/voice;jsessionid=1", "/twilio/voice/",
                    "/twilio/voice%2F", "//twilio/voice")) {
                HttpResponse<String> response = send(bella, "POST", path, "http://forged.example", Map.of(), call());

                assertThat(response.statusCode()).as(path).isIn(400, 403, 404, 405);
                assertThat(response.body()).as(path).doesNotContain("<Response");
            }
        }
    }

    /** Every handler the dispatcher knows, whoever wrote it, whose path starts with /twilio/. */
    private static List<String> twilioRoutes(RunningBella bella) {
        bella.get("/actuator/health"); // the dispatcher finds its handler mappings when it serves its first request
        return bella.bean(DispatcherServlet.class).getHandlerMappings().stream()
                .filter(RequestMappingHandlerMapping.class::isInstance)
                .flatMap(mapping -> ((RequestMappingHandlerMapping) mapping).getHandlerMethods().keySet().stream())
                .flatMap(WebhookSignaturesTest::routes)
                .filter(route -> route.split(" ")[1].startsWith("/twilio/"))
                .sorted().collect(Collectors.toList());
    }

    private static Stream<String> routes(RequestMappingInfo mapping) {
        String method = mapping.getMethodsCondition().getMethods().stream().findFirst()
                .map(RequestMethod::name).orElse("POST");
        return mapping.getPatternValues().stream().map(pattern -> method + " " + pattern);
    }

    private static Map<String, String> call() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("CallSid", CALL_SID);
        form.put("AccountSid", "AC0123456789abcdef0123456789abcdef");
        form.put("From", "+14165550123");
        form.put("To", "+16475550000");
        form.put("CallStatus", "ringing");
        return form;
    }

    private static Map<String, String> answer() {
        Map<String, String> form = call();
        form.put("CallStatus", "in-progress");
        form.put("SpeechResult", "I'd like to book, José & Zoë");
        form.put("Confidence", "0.9");
        return form;
    }

    private static Map<String, String> hangUp() {
        Map<String, String> form = call();
        form.put("CallStatus", "completed");
        form.put("CallDuration", "42");
        return form;
    }

    private static HttpResponse<String> send(RunningBella bella, String pathAndQuery, String signedBase,
                                             Map<String, String> headers, Map<String, String> form) throws Exception {
        return send(bella, "POST", pathAndQuery, signedBase, headers, form);
    }

    /** Posts to Bella itself what Twilio would post, signed for {@code signedBase} + the path (unsigned if null). */
    private static HttpResponse<String> send(RunningBella bella, String method, String pathAndQuery,
                                             String signedBase, Map<String, String> headers,
                                             Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        boolean get = method.equals("GET");
        String query = get ? (pathAndQuery.contains("?") ? "&" : "?") + body : "";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(bella.base() + pathAndQuery + query))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, get ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        if (signedBase != null) {
            request.header("X-Twilio-Signature", twilioSignature(signedBase + pathAndQuery + query,
                    get ? Map.of() : form));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Twilio's documented scheme: HMAC-SHA1 over the URL and the sorted POST parameters, base64-encoded. */
    private static String twilioSignature(String url, Map<String, String> form) throws Exception {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(form).forEach((name, value) -> data.append(name).append(value));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(RunningBella.AUTH_TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
