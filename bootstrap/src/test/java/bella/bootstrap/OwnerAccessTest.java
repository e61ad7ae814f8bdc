package bella.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who gets in to the owner's pages, API and metrics, and the headers every answer carries, against the running
 * application over HTTP.
 */
@Execution(ExecutionMode.CONCURRENT)
class OwnerAccessTest {

    private static final String API_KEY = "k3y-0f-the-0wner-7f3a9c";
    private static final Map<String, String> LOGIN_AND_KEY = Map.of("ADMIN_USER", "owner",
            "ADMIN_PASS", "s3cret-pass", "API_KEY", API_KEY, "PUBLIC_BASE_URL", "https://bella.example.com");
    private static final List<String> OWNERS_PATHS = List.of("/api/appointments", "/api/calls",
            "/dashboard", "/actuator/prometheus");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path data;

    @Test
    void givenALoginAndAKey_thenEitherLetsTheOwnerInAndNothingElseDoes() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), LOGIN_AND_KEY)) {
            for (String path : OWNERS_PATHS) {
                HttpResponse<String> anonymous = send(bella, path, Map.of());
                assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
                assertThat(anonymous.headers().firstValue("WWW-Authenticate")).as(path)
                        .hasValue("Basic realm=\"Bella\"");
                assertThat(anonymous.body()).as(path).contains("\"error\":\"sign in");

                assertThat(send(bella, path, Map.of("Authorization", basic("owner", "s3cret-pass"))).statusCode())
                        .as(path).isEqualTo(200);
                assertThat(send(bella, path, Map.of("X-API-Key", API_KEY)).statusCode()).as(path).isEqualTo(200);

                for (Map<String, String> wrong : List.of(Map.of("X-API-Key", API_KEY + "x"),
                        Map.of("X-API-Key", API_KEY.substring(0, API_KEY.length() - 1)), Map.of("X-API-Key", ""),
                        Map.of("Authorization", basic("owner", "s3cret-pasS")),
                        Map.of("Authorization", basic("Owner", "s3cret-pass")),
                        Map.of("Authorization", basic("owner", "")),
                        Map.of("Authorization", "Basic not-base64!"),
                        Map.of("Authorization", "Bearer " + API_KEY))) {
                    assertThat(send(bella, path, wrong).statusCode()).as(path + " " + wrong).isEqualTo(401);
                }
            }
        }
    }

    @Test
    void givenALoginAndAKey_thenTheWebhooksAndProbesStayOpenToTheirOwnChecks() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), LOGIN_AND_KEY)) {
            assertThat(send(bella, "/actuator/health/liveness", Map.of()).statusCode()).isEqualTo(200);
            assertThat(send(bella, "/actuator/health/readiness", Map.of()).statusCode()).isEqualTo(200);
            assertThat(send(bella, "/healthz", Map.of()).statusCode()).isEqualTo(200);
            // the owner's login neither opens a webhook nor is asked of one: Twilio's signature decides
            HttpResponse<String> unsigned = post(bella, "/twilio/voice",
                    Map.of("Authorization", basic("owner", "s3cret-pass")));
            assertThat(unsigned.statusCode()).isEqualTo(403);
            assertThat(unsigned.headers().firstValue("WWW-Authenticate")).isEmpty();
        }
    }

    @Test
    void givenALoginAndAKey_thenEveryAnswerCarriesTheProtectiveHeaders() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), LOGIN_AND_KEY)) {
            for (String path : List.of("/dashboard", "/api/calls", "/healthz", "/no/such/page")) {
                HttpResponse<String> answer = send(bella, path, Map.of("X-API-Key", API_KEY));
                assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
                assertThat(answer.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
                assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(
                        csp -> assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'")
                                .doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'"));
                // PUBLIC_BASE_URL says the callers' side is TLS, even though the proxy speaks plain HTTP to Bella
                assertThat(answer.headers().firstValue("Strict-Transport-Security")).as(path)
                        .hasValueSatisfying(hsts -> assertThat(hsts).startsWith("max-age=31536000"));
                assertThat(answer.headers().firstValue("Set-Cookie")).as(path).isEmpty();
            }
        }
    }

    @Test
    void givenNoLogin_thenOnlyThisMachineGetsInAndNotThroughAProxy() {
        try (RunningBella bella = RunningBella.start(data.resolve("bella.db"), Map.of())) {
            HttpResponse<String> local = send(bella, "/api/calls", Map.of());
            assertThat(local.statusCode()).isEqualTo(200);
            // plain HTTP with no TLS proxy named: no HSTS, which would lock browsers out of a plain-HTTP host
            assertThat(local.headers().firstValue("Strict-Transport-Security")).isEmpty();
            assertThat(local.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

            for (String proxyHeader : List.of("X-Forwarded-For", "Forwarded", "X-Real-IP")) {
                HttpResponse<String> forwarded = send(bella, "/api/calls", Map.of(proxyHeader, "203.0.113.9"));
                assertThat(forwarded.statusCode()).as(proxyHeader).isEqualTo(401);
                assertThat(forwarded.body()).as(proxyHeader).contains("set ADMIN_USER and ADMIN_PASS or API_KEY");
                assertThat(forwarded.headers().firstValue("WWW-Authenticate")).as(proxyHeader).isEmpty();
            }
            // nor do credentials open anything when none are configured
            assertThat(send(bella, "/api/calls", Map.of("X-API-Key", "anything", "X-Forwarded-For", "203.0.113.9"))
                    .statusCode()).isEqualTo(401);
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(RunningBella bella, String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(bella.base() + path));
        headers.forEach(request::header);
        return send(request.build());
    }

    private static HttpResponse<String> post(RunningBella bella, String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(bella.base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("CallSid=CA00000000000000000000000000000001&From=%2B14165550100"));
        headers.forEach(request::header);
        return send(request.build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
