package bella.bootstrap.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Sends webhook requests to Bella as Twilio sends them: form posts (or GETs with the parameters in the URL), signed
 * with the auth token when there is one, given up after Twilio's patience; the time each took goes to
 * {@code latencies}, in nanoseconds.
 */
final class TwilioWebhooks {

    /** Twilio waits this long for a webhook's answer, then plays its application error and ends the call. */
    static final Duration PATIENCE = Duration.ofSeconds(15);
    /** Twilio gives the TCP connection this much of it. */
    private static final Duration CONNECT_PATIENCE = Duration.ofSeconds(10);
    private static final int FORBIDDEN = 403;
    private static final int LONGEST_REASON = 160;

    private final HttpClient http;
    private final URI base;
    private final String authToken;
    private final LongConsumer latencies;

    /** @param authToken the token to sign with, or null to send unsigned requests (Bella then serves loopback only) */
    TwilioWebhooks(HttpClient http, URI base, String authToken, LongConsumer latencies) {
        this.http = http;
        this.base = base;
        this.authToken = authToken;
        this.latencies = latencies;
    }

    /** Twilio speaks HTTP/1.1 and follows no HTTP redirects (TwiML has its own). */
    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_PATIENCE)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A path of Bella's, such as {@code /twilio/voice}, as a URL. */
    URI at(String path) {
        return URI.create(base + path);
    }

    /** @return the answer, whose status is 2xx; @throws WebhookFailed otherwise */
    HttpResponse<String> send(URI url, String method, Map<String, String> parameters) {
        boolean get = "GET".equalsIgnoreCase(method);
        String form = parameters.entrySet().stream()
                .map(p -> encoded(p.getKey()) + "=" + encoded(p.getValue()))
                .collect(Collectors.joining("&"));
        URI requested = get && !form.isEmpty()
                ? URI.create(url + (url.getRawQuery() == null ? "?" : "&") + form) : url;
        HttpRequest.Builder request = HttpRequest.newBuilder(requested).timeout(PATIENCE);
        if (get) {
            request.GET();
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        if (authToken != null) {
            request.header("X-Twilio-Signature",
                    TwilioSignature.of(authToken, requested.toString(), get ? Map.of() : parameters));
        }
        HttpResponse<String> response = timed(request.build(), requested);
        int status = response.statusCode();
        if (status == FORBIDDEN) {
            throw new WebhookFailed(WebhookFailed.Kind.SIGNATURE_REFUSED, "Bella refused " + requested.getPath()
                    + " (HTTP 403: " + reason(response) + "); sign with Bella's TWILIO_AUTH_TOKEN: --token or"
                    + " TWILIO_AUTH_TOKEN");
        }
        if (status / 100 != 2) {
            throw new WebhookFailed(WebhookFailed.Kind.ERROR, requested.getPath() + " answered HTTP " + status + ": "
                    + reason(response));
        }
        return response;
    }

    /**
     * The floor: an unsigned GET of the call webhook, which Bella refuses before any work (no signature, or no such
     * method), timed like a webhook.
     */
    void refusal() {
        HttpRequest request = HttpRequest.newBuilder(at("/twilio/voice")).timeout(PATIENCE).GET().build();
        timed(request, request.uri());
    }

    private HttpResponse<String> timed(HttpRequest request, URI url) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            latencies.accept(System.nanoTime() - started);
            return response;
        } catch (ConnectException | HttpConnectTimeoutException refused) {
            throw new WebhookFailed(WebhookFailed.Kind.UNREACHABLE, "no Bella answers at " + base
                    + "; start it first (or point --url or BELLA_URL at it)");
        } catch (HttpTimeoutException late) {
            latencies.accept(System.nanoTime() - started);
            throw new WebhookFailed(WebhookFailed.Kind.TIMED_OUT, url.getPath() + " gave no answer within Twilio's "
                    + PATIENCE.toSeconds() + " s: the caller hears Twilio's application error");
        } catch (IOException e) {
            throw new WebhookFailed(WebhookFailed.Kind.ERROR, url.getPath() + " got no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebhookFailed(WebhookFailed.Kind.UNREACHABLE, "interrupted");
        }
    }

    private static String reason(HttpResponse<String> response) {
        String line = response.body().strip().replaceAll("\\s+", " ");
        if (line.isEmpty()) {
            return "no reason given";
        }
        return line.length() <= LONGEST_REASON ? line : line.substring(0, LONGEST_REASON) + "…";
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
